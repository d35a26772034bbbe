package org.casecoordination.arrangement;

import java.util.List;

/** What the directory knows about a provider, as entered by an administrator or imported from a CSV row. */
public record ProviderDetails(String name, List<ServiceType> serviceTypes, List<String> areas, List<String> languages,
        boolean acceptsNewClients, int openPlaces, String contactName, String phone, String email,
        String openingHours) {
}
