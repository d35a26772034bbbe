package org.casecoordination.fhir;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;

/**
 * The bulk export in the capability statement: the Bulk Data IG's {@code export} operation on Group (a team), and
 * the IG's server capability statement as what this server instantiates, which is how bulk clients find it.
 */
final class BulkExportCapability {

    static final String BULK_DATA = "http://hl7.org/fhir/uv/bulkdata";

    private BulkExportCapability() {
    }

    static void addTo(CapabilityStatement statement, CapabilityStatementRestComponent rest) {
        statement.addInstantiates(BULK_DATA + "/CapabilityStatement/bulk-data");
        rest.addResource().setType("Group").addOperation().setName("export")
                .setDefinition(BULK_DATA + "/OperationDefinition/group-export")
                .setDocumentation("A team's cases as NDJSON, one file per resource type: the team's supervisors"
                        + " only; Prefer: respond-async; _type, _since, _outputFormat=application/fhir+ndjson");
    }
}
