package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Indexes PostgreSQL lacked where H2 has them (issue #17, the benchmark on PostgreSQL). Foreign-key columns: H2 makes
 * an index for every foreign key by itself, PostgreSQL does not: there a look-up by such a column, or a check of the
 * key when the row it points at is deleted, reads the whole table. The other foreign keys of the app's tables have
 * their index in the migration that made them. PostgreSQL only: on H2 each would be a second index on a column that
 * has one, written on every insert for nothing. And the task list's name search, whose prefix H2 reads as a range.
 */
public class V61__foreign_key_indexes extends BaseJavaMigration {

    static final String[] INDEXES = {
        // the transport that serves a referral (ProviderReferralRepository.findByServesReferralId)
        "create index if not exists ix_provider_referral_serves on provider_referral (serves_referral_id)",
        // consents recorded on a case, and the signed form a consent was recorded from
        "create index if not exists ix_client_consent_recorded_from_case on client_consent (recorded_from_case)",
        "create index if not exists ix_client_consent_signed_document on client_consent (signed_document_id)",
        // a provider's API tokens (the provider's page)
        "create index if not exists ix_provider_token_provider on provider_token (provider_id)",
        // the task list's search by the start of a name ("name_key like 'ZAN%'"): PostgreSQL reads a prefix as an
        // index range only with pattern operators (unless the database's collation is C), as V45 does for the
        // header's search; without it the search read the team's whole queue (EXPLAIN ANALYZE at 5,000 open
        // cases: 489 index entries and 6.2 ms, with it 15 entries and 0.12 ms)
        "create index if not exists ix_task_list_name_prefix on task_list_row (list_key, name_key varchar_pattern_ops)",
    };

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return;
        }
        try (Statement ddl = connection.createStatement()) {
            for (String index : INDEXES) {
                ddl.execute(index);
            }
        }
    }
}
