package org.casecoordination.casefile;

import java.sql.DatabaseMetaData;
import java.time.Year;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Case numbers that read well on the phone (CC-2026-000123), from a database sequence so that two nodes never
 * hand out the same one. The number exists before the case row is written, because it is its business key.
 */
@Component
public class CaseNumbers {

    private final DataFieldMaxValueIncrementer sequence;

    CaseNumbers(DataSource dataSource) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.sequence = "PostgreSQL".equals(product)
                ? new PostgresSequenceMaxValueIncrementer(dataSource, "case_number_seq")
                : new H2SequenceMaxValueIncrementer(dataSource, "case_number_seq");
    }

    public String next() {
        return String.format("CC-%d-%06d", Year.now(ZoneId.systemDefault()).getValue(), sequence.nextLongValue());
    }
}
