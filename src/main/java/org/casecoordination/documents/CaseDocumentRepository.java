package org.casecoordination.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Documents are only added and read: there is deliberately no update or delete. */
interface CaseDocumentRepository extends Repository<CaseDocument, Long> {

    CaseDocument save(CaseDocument document);

    /** Newest first. */
    List<StoredDocument> findByCaseIdOrderByCreatedAtDescIdDesc(Long caseId);

    Optional<CaseDocument> findByIdAndCaseId(Long id, Long caseId);

    /** The newest document of this kind with this file name (which names the referral it is for). */
    Optional<CaseDocument> findFirstByCaseIdAndKindAndFileNameOrderByCreatedAtDescIdDesc(Long caseId,
            DocumentKind kind, String fileName);
}
