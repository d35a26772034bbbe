package org.casecoordination.contacts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * V52: a client's contacts (issue 22). Makes the tables, then turns each client's one-line caregiver
 * ({@code client.caregiver_contact}, "name, phone" as typed) into their primary caregiver contact, read by
 * {@link CaregiverText} with the configured region: a name and an E.164 phone where it reads with certainty, else the
 * whole line as the contact's note. The line itself stays on the client (the header shows it) until the contact
 * changes. No consent is invented: a migrated caregiver is reachable on no channel until one is recorded. A Spring
 * bean (as system.LanguageCodesMigration) because the parsing needs the configured region.
 */
@Component
class CaregiverContactsMigration implements JavaMigration {

    private final PhoneNumbers phones;

    CaregiverContactsMigration(PhoneNumbers phones) {
        this.phones = phones;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("52");
    }

    @Override
    public String getDescription() {
        return "client contacts";
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
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create sequence client_contact_seq start with 1 increment by 50");
            ddl.execute("create table client_contact ("
                    + " id bigint not null primary key,"
                    + " client_id bigint not null references client (id),"
                    + " relationship varchar(30) not null,"
                    + " name varchar(200),"
                    + " phone varchar(20),"
                    + " email varchar(254),"
                    + " language varchar(8),"
                    + " note varchar(500),"
                    + " primary_caregiver boolean not null,"
                    + " created_by varchar(64),"
                    + " created_at timestamp(6) with time zone not null,"
                    + " changed_by varchar(64),"
                    + " changed_at timestamp(6) with time zone,"
                    + " removed_by varchar(64),"
                    + " removed_at timestamp(6) with time zone,"
                    + " version bigint not null)");
            ddl.execute("create index ix_client_contact_client on client_contact (client_id)");
            // one row per channel the client consents to; withdrawing it deletes the row (the timeline keeps when)
            ddl.execute("create table client_contact_consent ("
                    + " contact_id bigint not null references client_contact (id),"
                    + " channel varchar(20) not null,"
                    + " recorded_by varchar(64) not null,"
                    + " recorded_at timestamp(6) with time zone not null,"
                    + " constraint pk_client_contact_consent primary key (contact_id, channel))");
        }
        String nextId = postgres ? "select nextval('client_contact_seq')" : "select next value for client_contact_seq";
        Timestamp now = Timestamp.from(Instant.now());
        try (Statement select = connection.createStatement();
                ResultSet clients = select.executeQuery("select id, caregiver_contact from client"
                        + " where caregiver_contact is not null");
                Statement sequence = connection.createStatement();
                PreparedStatement insert = connection.prepareStatement("insert into client_contact (id, client_id,"
                        + " relationship, name, phone, note, primary_caregiver, created_at, version)"
                        + " values (?, ?, 'CAREGIVER', ?, ?, ?, true, ?, 0)")) {
            while (clients.next()) {
                CaregiverText caregiver = CaregiverText.read(clients.getString(2), phones);
                if (caregiver.isEmpty()) {
                    continue;
                }
                try (ResultSet id = sequence.executeQuery(nextId)) {
                    id.next();
                    insert.setLong(1, id.getLong(1));
                }
                insert.setLong(2, clients.getLong(1));
                insert.setString(3, caregiver.name());
                insert.setString(4, caregiver.phone());
                insert.setString(5, caregiver.note());
                insert.setTimestamp(6, now);
                insert.executeUpdate();
            }
        }
    }
}
