package org.casecoordination.fhir;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page of a search: {@code _count} (default 20, at most 100) and {@code _offset}; the searchset Bundle links to
 * itself and, when there is more, to the next page with the same parameters. Only the parameters this server
 * used appear in the links, which is how FHIR tells a client which of its parameters were understood.
 */
final class SearchPage {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 100;

    final int offset;
    final int count;
    private final MultiValueMap<String, String> used = new LinkedMultiValueMap<>();

    private SearchPage(int offset, int count) {
        this.offset = offset;
        this.count = count;
    }

    static SearchPage of(String count, String offset) {
        int size = count == null ? DEFAULT_COUNT : number("_count", count);
        int from = offset == null ? 0 : number("_offset", offset);
        if (size < 1) {
            throw new InvalidSearchException("_count", count);
        }
        return new SearchPage(from, Math.min(size, MAX_COUNT));
    }

    /** A whole number of at least 0, or 400 naming the parameter. */
    static int number(String parameter, String value) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number < 0) {
                throw new InvalidSearchException(parameter, value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidSearchException(parameter, value);
        }
    }

    /** Records a parameter the search applied, for the self and next links. */
    SearchPage used(String parameter, String value) {
        if (value != null) {
            used.add(parameter, value);
        }
        return this;
    }

    /** The Bundle for {@code found} (one more than the page when there is a next page). */
    <T> Bundle bundle(String type, List<T> found, Function<T, ? extends Resource> resource) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/fhir").toUriString();
        bundle.addLink().setRelation("self").setUrl(link(base, type, offset));
        if (found.size() > count) {
            bundle.addLink().setRelation("next").setUrl(link(base, type, offset + count));
        }
        found.stream().limit(count).map(resource).forEach(entry -> bundle.addEntry()
                .setFullUrl(base + "/" + type + "/" + entry.getIdElement().getIdPart()).setResource(entry)
                .getSearch().setMode(Bundle.SearchEntryMode.MATCH));
        return bundle;
    }

    /**
     * Adds what an {@code _include} asked for, once each, after the matches ({@code search.mode = include}); the
     * caller passes only what the reader may see.
     */
    static Bundle include(Bundle bundle, Collection<? extends Resource> included) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/fhir").toUriString();
        Set<String> present = new HashSet<>();
        bundle.getEntry().forEach(entry -> present.add(entry.getFullUrl()));
        for (Resource resource : included) {
            String url = base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart();
            if (present.add(url)) {
                bundle.addEntry().setFullUrl(url).setResource(resource).getSearch()
                        .setMode(Bundle.SearchEntryMode.INCLUDE);
            }
        }
        return bundle;
    }

    private String link(String base, String type, int from) {
        UriComponentsBuilder link = UriComponentsBuilder.fromUriString(base + "/" + type);
        used.forEach((parameter, values) -> values.forEach(value -> link.queryParam(parameter, value)));
        // a "+" is legal in a query but read back as a space: the plus of a time zone must stay a plus
        return link.queryParam("_count", count).queryParam("_offset", from).build().encode().toUriString()
                .replace("+", "%2B");
    }
}
