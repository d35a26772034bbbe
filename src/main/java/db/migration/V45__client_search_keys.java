package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.casecoordination.client.SearchKeys;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The search from every page (issue #18) finds clients by any word of their name without accents, by date of birth
 * and by phone digits, through indexes: the name terms and phone digits the app keeps with each client
 * (client.SearchKeys), filled here for the clients that exist already. Java, not SQL: taking accents off is the
 * same code the app runs, on every database.
 */
public class V45__client_search_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement ddl = connection.createStatement()) {
            // a word searched for is the start of a term: "term like 'MUN%'" reads this index from 'MUN'
            ddl.execute("create table client_name_term (client_id bigint not null references client (id), "
                    + "term varchar(100) not null, constraint pk_client_name_term primary key (term, client_id))");
            ddl.execute("create index ix_client_name_term_client on client_name_term (client_id)");
            ddl.execute("alter table client add column phone_digits varchar(30)");
            ddl.execute("create index ix_client_date_of_birth on client (date_of_birth)");
            if (postgres) {
                // PostgreSQL uses an index for LIKE 'prefix%' only with pattern operators (unless the database's
                // collation is C)
                ddl.execute("create index ix_client_name_term_prefix on client_name_term (term varchar_pattern_ops)");
                ddl.execute("create index ix_client_phone_digits on client (phone_digits varchar_pattern_ops)");
            } else {
                ddl.execute("create index ix_client_phone_digits on client (phone_digits)");
            }
        }
        try (Statement select = connection.createStatement();
                ResultSet clients = select.executeQuery("select id, first_name, last_name, phone from client");
                PreparedStatement term = connection.prepareStatement(
                        "insert into client_name_term (client_id, term) values (?, ?)");
                PreparedStatement phone = connection.prepareStatement(
                        "update client set phone_digits = ? where id = ?")) {
            int pending = 0;
            while (clients.next()) {
                long id = clients.getLong("id");
                for (String value : SearchKeys.nameTerms(clients.getString("first_name"),
                        clients.getString("last_name"))) {
                    term.setLong(1, id);
                    term.setString(2, value);
                    term.addBatch();
                    pending++;
                }
                String digits = SearchKeys.phoneDigits(clients.getString("phone"));
                if (digits != null) {
                    phone.setString(1, digits);
                    phone.setLong(2, id);
                    phone.addBatch();
                    pending++;
                }
                if (pending >= 1_000) {
                    term.executeBatch();
                    phone.executeBatch();
                    pending = 0;
                }
            }
            term.executeBatch();
            phone.executeBatch();
        }
    }
}
