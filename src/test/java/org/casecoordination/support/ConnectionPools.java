package org.casecoordination.support;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Field;

/** Test-only changes to the running connection pool (tests that exhaust it on purpose). */
public final class ConnectionPools {

    private ConnectionPools() {
    }

    /**
     * How long a request waits for a connection before it fails; returns the old value. Hikari reads its setting
     * once, when the pool starts, into this field of the running pool (the MXBean's setter changes only the
     * configuration).
     */
    public static long connectionTimeout(HikariDataSource dataSource, long millis) throws Exception {
        Object pool = dataSource.getHikariPoolMXBean();
        Field timeout = Class.forName("com.zaxxer.hikari.pool.PoolBase").getDeclaredField("connectionTimeout");
        timeout.setAccessible(true);
        long old = timeout.getLong(pool);
        timeout.setLong(pool, millis);
        return old;
    }
}
