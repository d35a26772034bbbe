/**
 * Follow-up, the lifecycle stage after service arrangement: at the interval the acuity decision sets, the
 * coordinator contacts the client, reviews the services delivered and records the outcome (stable, needs a
 * change, ready to close) that the diagram's gateway reads. The task, its timer and the outcome's paths are in
 * processes/case-lifecycle.bpmn ({@code Task_FollowUp}); its due date is {@code slaDueDates.followUp()} with the
 * other stages' service levels (supervision's calendar).
 */
package org.casecoordination.followup;
