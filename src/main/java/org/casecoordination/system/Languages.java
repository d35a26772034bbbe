package org.casecoordination.system;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Languages by their ISO 639-1 code ({@code en}, {@code es}): the languages the screens are written in
 * ({@code case-coordination.languages}, English first and the default), the languages a client or a provider may
 * speak, and their names in the reader's language from {@link Locale#getDisplayLanguage(Locale)}
 * ({@code ${@languages.name(code)}} in a template).
 */
@Component("languages")
public class Languages {

    /** Every ISO 639-1 code Java knows: what the API accepts for a client's or a provider's language. */
    private static final Set<String> ISO_CODES = Set.of(Locale.getISOLanguages());

    /** What the referral and provider pages offer: English, Spanish and the languages most spoken in US homes. */
    private static final List<String> COMMON = List.of("en", "es", "zh", "vi", "tl", "ko", "ru", "ar", "ht", "pt",
            "fr", "pl", "it", "de", "ja", "fa", "hi", "bn", "ur", "so", "am", "uk", "el", "yi", "he", "hy", "km");

    /** Names people write that Java's English and Spanish names do not cover (normalised: lower case, no accents). */
    private static final Map<String, String> OTHER_NAMES = Map.ofEntries(Map.entry("castellano", "es"),
            Map.entry("espanol latino", "es"), Map.entry("mandarin", "zh"), Map.entry("cantonese", "zh"),
            Map.entry("mandarin chinese", "zh"), Map.entry("cantones", "zh"), Map.entry("filipino", "tl"),
            Map.entry("creole", "ht"), Map.entry("haitian", "ht"), Map.entry("kreyol", "ht"),
            Map.entry("criollo", "ht"), Map.entry("creole haitiano", "ht"), Map.entry("farsi", "fa"),
            Map.entry("persa", "fa"), Map.entry("tagalo", "tl"));

    private static final Map<String, String> CODE_BY_NAME = codesByName();

    private final List<Locale> supported;

    public Languages(LanguageProperties properties) {
        List<Locale> locales = properties.languages().stream().map(String::strip).filter(c -> !c.isEmpty())
                .map(Locale::forLanguageTag).distinct().toList();
        this.supported = locales.isEmpty() ? List.of(Locale.ENGLISH) : locales;
    }

    /** The languages the screens are written in, the default first. */
    public List<Locale> supported() {
        return supported;
    }

    public Locale defaultLanguage() {
        return supported.get(0);
    }

    /** The supported screen language of this code, if it is one. */
    public Optional<Locale> supported(String code) {
        return code == null ? Optional.empty()
                : supported.stream().filter(l -> l.getLanguage().equals(code.strip().toLowerCase(Locale.ROOT)))
                        .findFirst();
    }

    /** The languages a client or provider is offered on the pages, by name in the reader's language. */
    public List<String> common() {
        Locale reader = LocaleContextHolder.getLocale();
        return Stream.concat(Stream.of("en", "es"), COMMON.stream().skip(2)
                .sorted(Comparator.comparing(code -> Locale.forLanguageTag(code).getDisplayLanguage(reader)))).toList();
    }

    /** The offered languages and those already chosen that are not among them, so no choice is lost on saving. */
    public List<String> withOthers(List<String> offered, List<String> chosen) {
        return Stream.concat(offered.stream(), chosen.stream().filter(code -> !offered.contains(code))).toList();
    }

    /** The language's name in the reader's language ("Spanish", "Español"); a text that is no code as written. */
    public String name(String code) {
        return nameIn(code, LocaleContextHolder.getLocale());
    }

    /** The language's name in that language itself ("Español"), for the switch between screen languages. */
    public String ownName(String code) {
        return nameIn(code, Locale.forLanguageTag(code));
    }

    /** Names of codes in the reader's language, joined for a card or table cell. */
    public String names(List<String> codes) {
        return String.join(", ", codes.stream().map(this::name).toList());
    }

    public static boolean isCode(String code) {
        return code != null && ISO_CODES.contains(code);
    }

    /**
     * The code of a language as people write it: a code ("es", "ES"), or a name in English or Spanish in any case,
     * with or without accents ("Spanish", "español", "Espanol", "inglés"); empty when the text names no language.
     */
    public static Optional<String> codeOf(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = normalised(text);
        if (ISO_CODES.contains(key)) {
            return Optional.of(key);
        }
        return Optional.ofNullable(CODE_BY_NAME.get(key));
    }

    private static String nameIn(String code, Locale reader) {
        if (code == null || code.isBlank()) {
            return "";
        }
        if (!isCode(code)) {
            return code;
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }

    private static String normalised(String text) {
        String withoutAccents = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static Map<String, String> codesByName() {
        Map<String, String> codes = new HashMap<>();
        for (Locale names : List.of(Locale.forLanguageTag("es"), Locale.ENGLISH)) {
            Arrays.stream(Locale.getISOLanguages()).forEach(code -> {
                String name = Locale.forLanguageTag(code).getDisplayLanguage(names);
                if (!name.isEmpty() && !name.equals(code)) {
                    codes.put(normalised(name), code);
                }
            });
        }
        codes.putAll(OTHER_NAMES);
        return Map.copyOf(codes);
    }
}
