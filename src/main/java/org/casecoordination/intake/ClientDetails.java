package org.casecoordination.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.casecoordination.client.Sex;
import org.casecoordination.system.LanguageCode;
import org.springframework.format.annotation.DateTimeFormat;

/** The client part of a referral. */
public class ClientDetails {

    @NotBlank(message = "{referral.error.firstName}")
    @Size(max = 100, message = "{referral.error.max100}")
    private String firstName;

    @NotBlank(message = "{referral.error.lastName}")
    @Size(max = 100, message = "{referral.error.max100}")
    private String lastName;

    @NotNull(message = "{referral.error.dateOfBirth}")
    @Past(message = "{referral.error.dateOfBirthPast}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateOfBirth;

    private Sex sex;

    @Pattern(regexp = "([0-9+()\\-. ]{7,30})?", message = "{referral.error.phone}")
    private String phone;

    @Size(max = 300, message = "{referral.error.max300}")
    private String address;

    /** ISO 639-1 ({@code es}); the referral page offers the common ones by name. */
    @LanguageCode
    private String preferredLanguage;

    @Size(max = 300, message = "{referral.error.max300}")
    private String caregiverContact;

    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(String preferredLanguage) { this.preferredLanguage = preferredLanguage; }
    public String getCaregiverContact() { return caregiverContact; }
    public void setCaregiverContact(String caregiverContact) { this.caregiverContact = caregiverContact; }
}
