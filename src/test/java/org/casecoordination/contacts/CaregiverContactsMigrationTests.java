package org.casecoordination.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/** V52 on a database as it was before: each one-line caregiver becomes the client's primary caregiver contact. */
class CaregiverContactsMigrationTests {

    private static final String URL = "jdbc:h2:mem:caregiver-contacts-migration;DB_CLOSE_DELAY=-1";

    record Row(long clientId, String relationship, String name, String phone, String note, boolean primary) {
    }

    @Test
    void aCaregiverThatReadsBecomesNameAndPhoneAndAnyOtherIsKeptAsItsNote() throws Exception {
        flyway().target("51").load().migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement sql = db.createStatement()) {
            String[] before = {"Maria Lopez, (212) 555-0123", "Son: call after 6pm, 555-0199", "Pedro Marquez", "   "};
            for (int i = 0; i < before.length; i++) {
                insertClient(sql, i + 1, "'" + before[i] + "'");
            }
            insertClient(sql, 100, "null");
        }

        flyway().javaMigrations(new CaregiverContactsMigration(new PhoneNumbers(new ContactProperties("US"))))
                .target("52").load().migrate();

        List<Row> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement sql = db.createStatement();
                ResultSet result = sql.executeQuery("select client_id, relationship, name, phone, note,"
                        + " primary_caregiver from client_contact order by client_id")) {
            while (result.next()) {
                rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3), result.getString(4),
                        result.getString(5), result.getBoolean(6)));
            }
            try (ResultSet consents = sql.executeQuery("select count(*) from client_contact_consent")) {
                consents.next();
                assertThat(consents.getInt(1)).as("no consent is invented").isZero();
            }
            try (ResultSet kept = sql.executeQuery("select caregiver_contact from client where id = 2")) {
                kept.next();
                assertThat(kept.getString(1)).as("the line stays for the header").isEqualTo("Son: call after 6pm, 555-0199");
            }
        }
        assertThat(rows).containsExactly(
                new Row(1, "CAREGIVER", "Maria Lopez", "+12125550123", null, true),
                new Row(2, "CAREGIVER", null, null, "Son: call after 6pm, 555-0199", true),
                new Row(3, "CAREGIVER", "Pedro Marquez", null, null, true));
    }

    private static void insertClient(Statement sql, int id, String caregiver) throws Exception {
        sql.execute("insert into client (id, first_name, last_name, date_of_birth, sex, primary_concern,"
                + " caregiver_contact, created_at, version) values (" + id + ", 'A', 'B', date '1940-01-01',"
                + " 'FEMALE', 'CANCER', " + caregiver + ", current_timestamp, 0)");
    }

    private static FluentConfiguration flyway() {
        return Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration")
                .table("flyway_schema_history");
    }
}
