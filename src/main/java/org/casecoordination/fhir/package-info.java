/**
 * The case as FHIR R4 (issue 23), for hospitals, health plans and providers' systems: a read API at {@code /fhir}
 * built on HAPI FHIR's model and JSON parser and served with Spring MVC (HAPI's own server module does not resolve
 * here). Resources are made on request from the record; nothing is stored twice. The same rules as the pages: a
 * resource of a case is served only to those who may see the case, and every read is audited.
 */
package org.casecoordination.fhir;
