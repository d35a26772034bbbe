package org.casecoordination.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V47 on a database as it was before: free-text client languages and provider language names become codes. */
class LanguageCodesMigrationTests {

    private static final String URL = "jdbc:h2:mem:language-codes-migration;DB_CLOSE_DELAY=-1";

    @Test
    void freeTextBecomesCodesAndTextThatNamesNoLanguageIsKeptAsWritten() throws Exception {
        flyway().target("46").load().migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement sql = db.createStatement()) {
            String[] before = {"Spanish", "español", "ESPANOL", "English", "inglés", "es", "Mandarin",
                    "Spanish and some English", "   "};
            for (int i = 0; i < before.length; i++) {
                sql.execute("insert into client (id, first_name, last_name, date_of_birth, sex, preferred_language,"
                        + " primary_concern, created_at, version) values (" + (i + 1) + ", 'A', 'B', date '1940-01-01',"
                        + " 'FEMALE', '" + before[i] + "', 'CANCER', current_timestamp, 0)");
            }
            sql.execute("insert into client (id, first_name, last_name, date_of_birth, sex, primary_concern,"
                    + " created_at, version) values (100, 'A', 'B', date '1940-01-01', 'FEMALE', 'CANCER',"
                    + " current_timestamp, 0)");
            sql.execute("insert into provider (id, name, service_types, areas, languages, accepts_new_clients,"
                    + " open_places, version) values (1, 'P', 'HOME_CARE', '10001', 'english,spanish,polish', true,"
                    + " 1, 0)");
            sql.execute("insert into provider (id, name, service_types, areas, languages, accepts_new_clients,"
                    + " open_places, version) values (2, 'Q', 'HOME_CARE', '10001', 'english,klingon', true, 1, 0)");
        }

        flyway().javaMigrations(new LanguageCodesMigration()).target("47").load().migrate();

        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement sql = db.createStatement()) {
            Map<Long, String> codes = new LinkedHashMap<>();
            Map<Long, String> asWritten = new LinkedHashMap<>();
            try (ResultSet rows = sql.executeQuery(
                    "select id, preferred_language, language_as_written from client order by id")) {
                while (rows.next()) {
                    codes.put(rows.getLong(1), rows.getString(2));
                    asWritten.put(rows.getLong(1), rows.getString(3));
                }
            }
            assertThat(codes).containsEntry(1L, "es").containsEntry(2L, "es").containsEntry(3L, "es")
                    .containsEntry(4L, "en").containsEntry(5L, "en").containsEntry(6L, "es").containsEntry(7L, "zh")
                    .containsEntry(8L, null).containsEntry(9L, null).containsEntry(100L, null);
            assertThat(asWritten).containsEntry(8L, "Spanish and some English").containsEntry(1L, null)
                    .containsEntry(9L, null).containsEntry(100L, null);
            try (ResultSet rows = sql.executeQuery("select languages from provider order by id")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("en,es,pl");
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("en,klingon");
            }
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration")
                .table("flyway_schema_history");
    }
}
