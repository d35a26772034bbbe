package org.casecoordination.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * V47: languages become ISO 639-1 codes. A client's preferred language was free text ("Spanish", "español",
 * "ES"): text that names a language becomes its code ({@link Languages#codeOf}); other text is kept, to be read, in
 * {@code language_as_written} and the code stays empty. A provider's languages were lower-case names
 * ("english, spanish"): each becomes its code, a name that is no language stays as written (it matches no client).
 * Java rather than SQL because the names come from {@code java.util.Locale}, in English and Spanish; a Spring bean
 * (Spring Boot hands JavaMigration beans to Flyway) so it can live here under a name that says what it does.
 */
@Component
class LanguageCodesMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("47");
    }

    @Override
    public String getDescription() {
        return "language codes";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table client add column language_as_written varchar(50)");
        }
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery(
                        "select id, preferred_language from client where preferred_language is not null");
                PreparedStatement update = connection.prepareStatement(
                        "update client set preferred_language = ?, language_as_written = ? where id = ?")) {
            while (rows.next()) {
                String text = rows.getString(2);
                Optional<String> code = Languages.codeOf(text);
                update.setString(1, code.orElse(null));
                update.setString(2, code.isPresent() || text.isBlank() ? null : text.strip());
                update.setLong(3, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, languages from provider");
                PreparedStatement update = connection.prepareStatement(
                        "update provider set languages = ? where id = ?")) {
            while (rows.next()) {
                update.setString(1, providerCodes(rows.getString(2)));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** "english, Spanish, klingon" becomes "en,es,klingon": codes where the name is a language, in its order. */
    static String providerCodes(String names) {
        return Arrays.stream(names.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .map(name -> Languages.codeOf(name).orElse(name)).distinct().collect(Collectors.joining(","));
    }
}
