/**
 * The processes module. Its base package is what other modules use: the conventions of each process (keys,
 * activity ids, variables: {@link org.casecoordination.processes.CaseLifecycleProcess},
 * {@link org.casecoordination.processes.ServiceArrangementProcess}), the case stages the diagrams declare, the
 * forms deployed with them, and the events a migration publishes. Inside:
 * <ul>
 * <li>{@code deployment}: reading, checking and deploying processes/ and forms/, versions, the Processes page;</li>
 * <li>{@code migration}: moving running cases to another version and recording that they moved;</li>
 * <li>{@code engine}: engine set-up, start-up lock, incidents, health;</li>
 * <li>{@code guard}: what an expression in a diagram may call.</li>
 * </ul>
 */
package org.casecoordination.processes;
