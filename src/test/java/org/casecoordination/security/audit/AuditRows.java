package org.casecoordination.security.audit;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Test helper: reads audit rows back, newest first. */
final class AuditRows {

    static List<AuditEvent> ofCase(EntityManager em, String caseNumber) {
        return em.createQuery("select e from AuditEvent e where e.caseNumber = :caseNumber"
                + " order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("caseNumber", caseNumber).getResultList();
    }

    static List<AuditEvent> ofActor(EntityManager em, String actor) {
        return em.createQuery("select e from AuditEvent e where e.actor = :actor"
                + " order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("actor", actor).getResultList();
    }

    static List<AuditEvent> all(EntityManager em) {
        return em.createQuery("select e from AuditEvent e", AuditEvent.class).getResultList();
    }

    private AuditRows() {
    }
}
