package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Indexes on the foreign-key columns that had none on PostgreSQL (issue #17, the benchmark on PostgreSQL). H2 makes
 * an index for every foreign key by itself, PostgreSQL does not: there a look-up by such a column, or a check of the
 * key when the row it points at is deleted, reads the whole table. The other foreign keys of the app's tables have
 * their index in the migration that made them. PostgreSQL only: on H2 each would be a second index on a column that
 * has one, written on every insert for nothing.
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
