package org.casecoordination.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Documents are only added and read: there is deliberately no update or delete. */
interface CaseDocumentRepository extends Repository<CaseDocument, Long> {

    CaseDocument save(CaseDocument document);

    /** Newest first, without their bytes. */
    @Query("select new org.casecoordination.documents.ListedDocument(d.id, d.kind, d.template, d.templateVersion,"
            + " d.language, d.fileName, d.mediaType, d.sizeBytes, d.sha256, d.createdBy, d.createdAt, d.uploadKind,"
            + " d.title, d.previewable) from CaseDocument d where d.caseId = :caseId"
            + " order by d.createdAt desc, d.id desc")
    List<ListedDocument> listOfCase(@Param("caseId") Long caseId);

    Optional<CaseDocument> findByIdAndCaseId(Long id, Long caseId);

    /** The newest document of this kind with this file name (which names the referral it is for). */
    Optional<CaseDocument> findFirstByCaseIdAndKindAndFileNameOrderByCreatedAtDescIdDesc(Long caseId,
            DocumentKind kind, String fileName);
}
