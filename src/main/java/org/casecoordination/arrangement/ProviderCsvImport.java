package org.casecoordination.arrangement;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports providers from CSV with a header row (the columns of {@link ProviderForm}). Each row is its own
 * transaction: a valid row is saved (a provider of the same name is updated), an invalid one is reported with its
 * line and reasons and leaves nothing behind.
 */
@Service
public class ProviderCsvImport {

    static final Set<String> COLUMNS = Set.of("name", "serviceTypes", "areas", "languages", "acceptsNewClients",
            "openPlaces", "contactName", "phone", "email", "openingHours");

    public record RowResult(long line, String name, boolean imported, String problem) {
    }

    private final ProviderDirectory directory;
    private final TransactionTemplate transaction;
    private final Words words;
    private final CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES).build();

    ProviderCsvImport(ProviderDirectory directory, TransactionTemplate transaction, Words words) {
        this.words = words;
        this.directory = directory;
        this.transaction = transaction;
    }

    public List<RowResult> run(Reader input) {
        List<RowResult> results = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(input)) {
            boolean more = rows.hasNextValue();
            List<String> unknown = unknownColumns(rows);
            if (!unknown.isEmpty()) {
                return List.of(new RowResult(1, null, false, words.text("providerImport.error.columns",
                        String.join(", ", unknown), String.join(", ", COLUMNS.stream().sorted().toList()))));
            }
            long line = 1; // the header
            while (more) {
                line++;
                Map<String, String> row;
                try {
                    row = rows.nextValue();
                } catch (RuntimeException e) {
                    results.add(new RowResult(line, null, false, words.text("providerImport.error.row")));
                    break;
                }
                results.add(importRow(line, row));
                // a quoted cell may span lines: the next row starts after them
                line += row.values().stream().filter(java.util.Objects::nonNull)
                        .mapToLong(value -> value.chars().filter(c -> c == '\n').count()).sum();
                more = rows.hasNextValue();
            }
        } catch (IOException | RuntimeException e) {
            results.add(new RowResult(0, null, false, words.text("providerImport.error.file")));
        }
        return results;
    }

    /** What to say when the form came without a file, in the request's language. */
    public String noFileChosen() {
        return words.text("providerImport.error.noFile");
    }

    private RowResult importRow(long line, Map<String, String> row) {
        ProviderForm form = new ProviderForm();
        form.setName(row.get("name"));
        form.setServiceTypes(row.get("serviceTypes"));
        form.setAreas(row.get("areas"));
        form.setLanguages(row.get("languages"));
        form.setAcceptsNewClients(row.get("acceptsNewClients"));
        form.setOpenPlaces(row.get("openPlaces"));
        form.setContactName(row.get("contactName"));
        form.setPhone(row.get("phone"));
        form.setEmail(row.get("email"));
        form.setOpeningHours(row.get("openingHours"));
        try {
            transaction.executeWithoutResult(status -> directory.save(null, form));
            return new RowResult(line, form.getName(), true, null);
        } catch (InvalidProviderException e) {
            // a column's name as in the file's header row, then the problem in the reader's language
            return new RowResult(line, form.getName(), false, e.errors().stream()
                    .map(error -> (error.field() == null ? "" : error.field() + ": ") + error.message())
                    .collect(java.util.stream.Collectors.joining(" ")));
        }
    }

    private static List<String> unknownColumns(MappingIterator<?> rows) {
        CsvSchema schema = (CsvSchema) rows.getParserSchema();
        List<String> unknown = new ArrayList<>();
        if (schema == null) {
            return unknown;
        }
        schema.forEach(column -> {
            if (!COLUMNS.contains(column.getName())) {
                unknown.add(column.getName());
            }
        });
        return unknown;
    }
}
