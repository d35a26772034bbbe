package org.casecoordination.fhir;

import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What this server can do ({@code /fhir/metadata}), open to anyone: it says nothing about a client. */
@RestController
class CapabilityStatementController {

    private final Date started = new Date();

    @GetMapping("/fhir/metadata")
    CapabilityStatement metadata() {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(PublicationStatus.ACTIVE).setDate(started).setKind(CapabilityStatementKind.INSTANCE)
                .setFhirVersion(FHIRVersion._4_0_1).setPublisher("case-coordination");
        statement.addFormat("json");
        statement.getSoftware().setName("case-coordination");
        statement.getImplementation().setDescription("Case coordination: clients, cases and referrals")
                .setUrl(ServletUriComponentsBuilder.fromCurrentContextPath().path("/fhir").toUriString());
        CapabilityStatementRestComponent rest = statement.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.getSecurity().setDescription("HTTP Basic or a logged-in session for staff; a provider's bearer token");
        resource(rest, "Patient", List.of(param("_id", SearchParamType.TOKEN))).addOperation()
                .setName("everything").setDefinition("http://hl7.org/fhir/OperationDefinition/Patient-everything")
                .setDocumentation("A client's whole record the caller may see, as one searchset Bundle: _type, _since,"
                        + " _count (at most " + PatientEverything.MAX_COUNT + ") and _offset");
        resource(rest, "EpisodeOfCare", List.of(param("patient", SearchParamType.REFERENCE),
                param("status", SearchParamType.TOKEN))).addSearchInclude(EpisodeOfCareController.INCLUDE_PATIENT);
        resource(rest, "Task", List.of(param("patient", SearchParamType.REFERENCE),
                param("status", SearchParamType.TOKEN), lastUpdated())).addSearchInclude(TaskController.INCLUDE_FOCUS);
        rest.getResource().get(rest.getResource().size() - 1).addInteraction()
                .setCode(TypeRestfulInteraction.UPDATE).setDocumentation("Providers only, with If-Match");
        rest.getResource().get(rest.getResource().size() - 1).setVersioning(
                CapabilityStatement.ResourceVersionPolicy.VERSIONED).setUpdateCreate(false);
        resource(rest, "ServiceRequest", List.of(param("patient", SearchParamType.REFERENCE), lastUpdated()));
        resource(rest, "RelatedPerson", List.of(param("patient", SearchParamType.REFERENCE)));
        resource(rest, "Organization", List.of());
        resource(rest, "HealthcareService", List.of(param("service-type", SearchParamType.TOKEN)));
        resource(rest, "Observation", List.of(param("patient", SearchParamType.REFERENCE), lastUpdated()));
        resource(rest, "QuestionnaireResponse", List.of(param("patient", SearchParamType.REFERENCE),
                lastUpdated()));
        resource(rest, "CareTeam", List.of(param("patient", SearchParamType.REFERENCE),
                param("status", SearchParamType.TOKEN)));
        resource(rest, "CarePlan", List.of(param("patient", SearchParamType.REFERENCE),
                param("status", SearchParamType.TOKEN), lastUpdated()))
                .addSearchInclude(CarePlanController.INCLUDE_ACTIVITIES)
                .addSearchInclude(CarePlanController.INCLUDE_GOALS);
        resource(rest, "Goal", List.of(param("patient", SearchParamType.REFERENCE),
                param("lifecycle-status", SearchParamType.TOKEN), lastUpdated()));
        resource(rest, "Condition", List.of(param("patient", SearchParamType.REFERENCE),
                param("clinical-status", SearchParamType.TOKEN), lastUpdated()));
        resource(rest, "Consent", List.of(param("patient", SearchParamType.REFERENCE),
                param("status", SearchParamType.TOKEN), lastUpdated()));
        BulkExportCapability.addTo(statement, rest);
        return statement;
    }

    private static CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent lastUpdated() {
        return param(LastUpdated.PARAMETER, SearchParamType.DATE);
    }

    private static CapabilityStatementRestResourceComponent resource(CapabilityStatementRestComponent rest,
            String type,
            List<CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent> params) {
        CapabilityStatementRestResourceComponent resource = rest.addResource().setType(type);
        resource.addInteraction().setCode(TypeRestfulInteraction.READ);
        resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        params.forEach(resource::addSearchParam);
        resource.addSearchParam(param("_count", SearchParamType.NUMBER));
        return resource;
    }

    private static CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent param(String name,
            SearchParamType type) {
        return new CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent().setName(name)
                .setType(type);
    }
}
