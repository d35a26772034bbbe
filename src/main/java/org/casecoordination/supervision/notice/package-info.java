/**
 * In-app notices, a named interface: other modules (a safety concern raised by an assessment) send them through
 * {@link org.casecoordination.supervision.notice.Notices}.
 */
@org.springframework.modulith.NamedInterface("notice")
package org.casecoordination.supervision.notice;
