package org.casecoordination.fhir;

import java.util.Date;
import java.util.Locale;
import org.casecoordination.client.Client;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;

/** A client as a FHIR Patient: name, birth date, sex, phone, address as written, preferred language. */
@Component
class PatientResources {

    Patient of(Client client) {
        Patient patient = new Patient();
        patient.setId(String.valueOf(client.getId()));
        if (client.getCreatedAt() != null) {
            patient.getMeta().setLastUpdated(Date.from(client.getCreatedAt()));
        }
        patient.addIdentifier().setSystem(FhirIds.CLIENT_NUMBER_SYSTEM).setValue(String.valueOf(client.getId()));
        patient.addName().setFamily(client.getLastName()).addGiven(client.getFirstName())
                .setText(client.fullName());
        if (client.getDateOfBirth() != null) {
            patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType(client.getDateOfBirth().toString()));
        }
        if (client.getSex() != null) {
            patient.setGender(switch (client.getSex()) {
                case FEMALE -> AdministrativeGender.FEMALE;
                case MALE -> AdministrativeGender.MALE;
                case OTHER -> AdministrativeGender.OTHER;
                case UNKNOWN -> AdministrativeGender.UNKNOWN;
            });
        }
        if (hasText(client.getPhone())) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(client.getPhone());
        }
        if (hasText(client.getAddress())) {
            // kept as the coordinator wrote it: the record has no separate street, city and postal code
            patient.addAddress().setText(client.getAddress()).setUse(Address.AddressUse.HOME);
        }
        if (hasText(client.getPreferredLanguage())) {
            String code = client.getPreferredLanguage();
            CodeableConcept language = new CodeableConcept();
            language.addCoding().setSystem("urn:ietf:bcp:47").setCode(code)
                    .setDisplay(Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH));
            patient.addCommunication().setLanguage(language).setPreferred(true);
        }
        return patient;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
