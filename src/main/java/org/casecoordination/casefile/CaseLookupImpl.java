package org.casecoordination.casefile;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hibernate.Session;
import org.springframework.transaction.annotation.Transactional;

/** {@link CaseLookup} by Hibernate's natural id: the case number never changes. */
class CaseLookupImpl implements CaseLookup {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    @Transactional(readOnly = true) // outside a transaction too: the shared EntityManager's session lives for one call
    public Optional<CareCase> lookUp(String caseNumber) {
        if (caseNumber == null) {
            return Optional.empty();
        }
        Optional<CareCase> loaded = entityManager.unwrap(Session.class).bySimpleNaturalId(CareCase.class)
                .loadOptional(caseNumber);
        if (loaded.isPresent()) {
            return loaded;
        }
        // a case persisted in this transaction and not flushed yet is not found by its natural id
        return entityManager.createQuery("select c from CareCase c where c.caseNumber = :caseNumber", CareCase.class)
                .setParameter("caseNumber", caseNumber).getResultStream().findFirst();
    }
}
