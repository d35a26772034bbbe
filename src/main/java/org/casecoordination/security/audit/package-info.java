/**
 * The audit log: every module records accesses and changes through {@link AuditLog}; its public types are the
 * security module's "audit" interface. The repository and the filters stay inside.
 */
@NamedInterface("audit")
package org.casecoordination.security.audit;

import org.springframework.modulith.NamedInterface;
