package org.casecoordination.arrangement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.casecoordination.forms.FieldError;
import org.casecoordination.system.ErrorWords;
import org.casecoordination.system.Languages;

/**
 * A provider as typed: on the admin page, in a CSV row or a JSON body. Lists are comma separated (in a CSV cell,
 * semicolons work too); a language is its ISO 639-1 code or its name in English or Spanish ({@link Languages#codeOf}),
 * stored as the code. {@link #validate} turns it into {@link ProviderDetails} or says what is wrong, per field, in the
 * request's language.
 */
public class ProviderForm {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private String name;
    private String serviceTypes;
    private String areas;
    private String languages;
    private String acceptsNewClients;
    private String openPlaces;
    private String contactName;
    private String phone;
    private String email;
    private String openingHours;

    public static ProviderForm of(ProviderDetails d) {
        ProviderForm form = new ProviderForm();
        form.name = d.name();
        form.serviceTypes = String.join(", ", d.serviceTypes().stream().map(Enum::name).toList());
        form.areas = String.join(", ", d.areas());
        form.languages = String.join(", ", d.languages());
        form.acceptsNewClients = String.valueOf(d.acceptsNewClients());
        form.openPlaces = String.valueOf(d.openPlaces());
        form.contactName = d.contactName();
        form.phone = d.phone();
        form.email = d.email();
        form.openingHours = d.openingHours();
        return form;
    }

    /** The details, or empty with the errors added to {@code errors}. */
    public Optional<ProviderDetails> validate(List<FieldError> errors, ErrorWords words) {
        int before = errors.size();
        String validName = required("name", name, 200, errors, words);
        List<ServiceType> types = new ArrayList<>();
        for (String code : list(serviceTypes)) {
            ServiceType.of(code.toUpperCase(java.util.Locale.ROOT)).ifPresentOrElse(types::add, () -> errors.add(
                    new FieldError("serviceTypes", words.text("providerForm.error.unknownServiceType", code))));
        }
        if (list(serviceTypes).isEmpty()) {
            errors.add(new FieldError("serviceTypes", words.text("providerForm.error.noServiceType")));
        }
        List<String> areaList = list(areas);
        if (areaList.isEmpty()) {
            errors.add(new FieldError("areas", words.text("providerForm.error.noArea")));
        }
        List<String> languageList = new ArrayList<>();
        for (String language : list(languages)) {
            Languages.codeOf(language).ifPresentOrElse(languageList::add, () -> errors.add(
                    new FieldError("languages", words.text("providerForm.error.unknownLanguage", language))));
        }
        if (list(languages).isEmpty()) {
            errors.add(new FieldError("languages", words.text("providerForm.error.noLanguage")));
        }
        Boolean accepts = bool(acceptsNewClients, errors, words);
        Integer places = places(errors, words);
        maxLength("contactName", contactName, 200, errors, words);
        maxLength("phone", phone, 50, errors, words);
        maxLength("openingHours", openingHours, 200, errors, words);
        if (email != null && !email.isBlank() && (!EMAIL.matcher(email.strip()).matches() || email.length() > 200)) {
            errors.add(new FieldError("email", words.text("providerForm.error.email")));
        }
        maxLength("areas", areas, 1000, errors, words);
        maxLength("languages", languages, 400, errors, words);
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ProviderDetails(validName, types.stream().distinct().toList(), areaList,
                languageList.stream().distinct().toList(),
                accepts, places, contactName, phone, email, openingHours));
    }

    private Integer places(List<FieldError> errors, ErrorWords words) {
        if (openPlaces == null || openPlaces.isBlank()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(openPlaces.strip());
            if (value < 0 || value > 10_000) {
                errors.add(new FieldError("openPlaces", words.text("providerForm.error.placesRange", 0, 10_000)));
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError("openPlaces", words.text("providerForm.error.placesNumber")));
            return null;
        }
    }

    private static Boolean bool(String value, List<FieldError> errors, ErrorWords words) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "y", "1", "on", "sí", "si" -> true;
            case "false", "no", "n", "0", "off" -> false;
            default -> {
                errors.add(new FieldError("acceptsNewClients", words.text("providerForm.error.accepts")));
                yield null;
            }
        };
    }

    private static String required(String field, String value, int max, List<FieldError> errors,
            ErrorWords words) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, words.text("errors.required")));
            return null;
        }
        maxLength(field, value, max, errors, words);
        return value.strip();
    }

    private static void maxLength(String field, String value, int max, List<FieldError> errors,
            ErrorWords words) {
        if (value != null && value.strip().length() > max) {
            errors.add(new FieldError(field, words.text("errors.atMost", max)));
        }
    }

    static List<String> list(String joined) {
        return joined == null ? List.of()
                : Arrays.stream(joined.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getServiceTypes() { return serviceTypes; }
    public void setServiceTypes(String serviceTypes) { this.serviceTypes = serviceTypes; }
    public String getAreas() { return areas; }
    public void setAreas(String areas) { this.areas = areas; }
    public String getLanguages() { return languages; }
    /** The languages as codes where they are languages, for the edit page's checkboxes. */
    public List<String> languageCodes() {
        return list(languages).stream().map(language -> Languages.codeOf(language).orElse(language)).toList();
    }
    public void setLanguages(String languages) { this.languages = languages; }
    public String getAcceptsNewClients() { return acceptsNewClients; }
    public void setAcceptsNewClients(String acceptsNewClients) { this.acceptsNewClients = acceptsNewClients; }
    public String getOpenPlaces() { return openPlaces; }
    public void setOpenPlaces(String openPlaces) { this.openPlaces = openPlaces; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getOpeningHours() { return openingHours; }
    public void setOpeningHours(String openingHours) { this.openingHours = openingHours; }
}
