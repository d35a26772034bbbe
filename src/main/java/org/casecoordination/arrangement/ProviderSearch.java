package org.casecoordination.arrangement;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.casecoordination.system.Languages;

/**
 * Which providers fit a need: the service type, the client's area (a postal code or county the provider serves),
 * the client's language (ISO 639-1 codes); those with open places first, then by name. Empty criteria match everything.
 */
public record ProviderSearch(ServiceType serviceType, String area, String language, String text) {

    public static ProviderSearch of(ServiceType serviceType, String area, String language) {
        return new ProviderSearch(serviceType, area, language, null);
    }

    public boolean matches(Provider provider) {
        return (serviceType == null || provider.offers(serviceType))
                && (isBlank(area) || provider.getAreas().contains(area.strip().toUpperCase(Locale.ROOT)))
                && (isBlank(language) || provider.getLanguages().contains(code(language)))
                && (isBlank(text) || provider.getName().toLowerCase(Locale.ROOT)
                        .contains(text.strip().toLowerCase(Locale.ROOT)));
    }

    public List<Provider> apply(List<Provider> providers) {
        return providers.stream().filter(this::matches)
                .sorted(Comparator.comparing((Provider p) -> !p.hasOpenCapacity())
                        .thenComparing(Provider::getName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Codes are compared; a name ("Spanish", "español") asks for its code. */
    private static String code(String language) {
        return Languages.codeOf(language).orElse(language.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
