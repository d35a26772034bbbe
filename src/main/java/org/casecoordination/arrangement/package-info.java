/**
 * Service arrangement, the lifecycle stage after the assessment: the provider directory, referrals to providers
 * (sent by email or read by the provider's system through its token), their answers and deliveries, transport.
 * Was {@code services}, a name that read as "service layer".
 */
package org.casecoordination.arrangement;
