package org.casecoordination.documents;

import com.samskivert.mustache.BasicCollector;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a document template is compiled, the same at deployment and at generation: HTML-escaped values, no template
 * loader (a partial {@code {{> other}}} cannot reach a file), and a collector that reads maps and lists only, never
 * an object's methods by reflection, so {@code {{client.name.class}}} has nothing to reach. The model holds no
 * lambdas, so a section cannot call code either.
 */
final class MustacheTemplates {

    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .escapeHTML(true)
            .nullValue("")
            .emptyStringIsFalse(true)
            .withCollector(new BasicCollector() {
                @Override
                public <K, V> Map<K, V> createFetcherCache() {
                    return new ConcurrentHashMap<>();
                }
            })
            .withLoader(name -> {
                throw new IllegalArgumentException("partials are not available");
            });

    static Template compile(String text) {
        return COMPILER.compile(text);
    }

    private MustacheTemplates() {
    }
}
