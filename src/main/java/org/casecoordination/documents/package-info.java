/**
 * Documents generated from a case (issue 20): a care-plan summary and a closure letter in the client's language, a
 * referral letter and a transport request for one referral's provider in the agency's language,
 * filled from logic-less templates ({@code documents/*.html}, Mustache) that analysts edit and deploy with processes/
 * and forms/, rendered to tagged PDF with embedded fonts, stored with the case (never changed), shown on the case
 * page's Documents panel and served by the JSON API. A template reaches the case only through {@link
 * org.casecoordination.documents.MergeFields}. Files a coordinator uploads (a wet-signed consent scan, a letter
 * received) are kept beside them ({@link org.casecoordination.documents.DocumentUploads}).
 */
package org.casecoordination.documents;
