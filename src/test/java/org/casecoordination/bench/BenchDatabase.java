package org.casecoordination.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Where the benchmark keeps its data (issue #17): fresh H2 files with the app's settings (the default), or fresh
 * databases on a PostgreSQL server with the app's {@code postgres} profile ({@code -Dbench.db=postgres
 * -Dbench.url=jdbc:postgresql://host:port/db -Dbench.user=… -Dbench.password=…}). On PostgreSQL the benchmark drops
 * and creates its own databases ({@code cc_bench} for the app, {@code cc_bench_bare} for the bare engine,
 * {@code cc_bench_start_N} for the timed starts), connecting to the URL's database to do so; it leaves them after the
 * run, so the seeded database can be looked at ({@code EXPLAIN ANALYZE}). Give it a throwaway server.
 */
abstract class BenchDatabase {

    static final String APP = "cc_bench";
    static final String BARE = "cc_bench_bare";

    static BenchDatabase fromProperties(Path directory) {
        String kind = System.getProperty("bench.db", "h2");
        return switch (kind) {
            case "h2", "" -> new H2(directory);
            case "postgres" -> new Postgres(required("bench.url"), System.getProperty("bench.user", ""),
                    System.getProperty("bench.password", ""));
            default -> throw new IllegalArgumentException("bench.db is h2 or postgres, not " + kind);
        };
    }

    private static String required(String property) {
        String value = System.getProperty(property, "");
        if (value.isBlank()) {
            throw new IllegalArgumentException("-Dbench.db=postgres needs -D" + property);
        }
        return value;
    }

    /** Which database, in words for the reports. */
    abstract String describe();

    /** Creates (or empties) the database {@code name} and returns the application's arguments for it. */
    abstract List<String> freshForApp(String name) throws Exception;

    /** Creates (or empties) the bare engine's database and points the engine's configuration at it. */
    abstract void freshForBareEngine(ProcessEngineConfigurationImpl configuration) throws Exception;

    /** Bytes on disk of the app's and the bare engine's databases. */
    abstract Map<String, Long> sizes() throws Exception;

    /**
     * The app's settings as it ships them (durable commits), the bare engine's the same. H2's result reuse stays on
     * as in the product: switched off, H2 runs an uncorrelated {@code IN (select ...)} again for every row it
     * checks, which made the supervisors' dashboard many times slower here than for users (docs/benchmarks.md,
     * session 17); the in-process query samples switch it off for themselves ({@code TaskListBenchmark}).
     */
    static final class H2 extends BenchDatabase {
        private static final String PRODUCT_SETTINGS = ";WRITE_DELAY=0";
        private final Path directory;

        /** The app's arguments for an H2 file in the folder: the product's settings, then {@code moreSettings}. */
        static List<String> appArguments(Path folder, String moreSettings) {
            return List.of("--spring.profiles.active=bench", "--spring.datasource.url=jdbc:h2:file:"
                    + folder.toAbsolutePath().resolve("case-coordination") + PRODUCT_SETTINGS + moreSettings);
        }

        H2(Path directory) {
            this.directory = directory;
        }

        @Override
        String describe() {
            return "H2 " + org.h2.engine.Constants.VERSION + " file database (WRITE_DELAY=0)";
        }

        @Override
        List<String> freshForApp(String name) throws IOException {
            Path folder = directory.resolve(name);
            Files.createDirectories(folder);
            // bench.h2Settings: more of H2's settings to compare (e.g. ;COMPRESS=TRUE), appended to the app's
            return appArguments(folder, System.getProperty("bench.h2Settings", ""));
        }

        @Override
        void freshForBareEngine(ProcessEngineConfigurationImpl configuration) {
            configuration.setJdbcUrl("jdbc:h2:file:" + directory.resolve(BARE).resolve("bare-engine").toAbsolutePath()
                    + PRODUCT_SETTINGS).setJdbcUsername("sa").setJdbcPassword("");
        }

        @Override
        Map<String, Long> sizes() throws IOException {
            Map<String, Long> sizes = new LinkedHashMap<>();
            sizes.put("app", size(directory.resolve(APP).resolve("case-coordination.mv.db")));
            sizes.put("bareEngine", size(directory.resolve(BARE).resolve("bare-engine.mv.db")));
            return sizes;
        }

        private static long size(Path file) throws IOException {
            return Files.exists(file) ? Files.size(file) : 0;
        }
    }

    /** Databases of their own on a given server, the app on its {@code postgres} profile. */
    static final class Postgres extends BenchDatabase {
        private static final Pattern SERVER = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");
        private final String url;
        private final String user;
        private final String password;

        Postgres(String url, String user, String password) {
            if (!SERVER.matcher(url).matches()) {
                throw new IllegalArgumentException("bench.url is jdbc:postgresql://host:port/database, not " + url);
            }
            this.url = url;
            this.user = user;
            this.password = password;
        }

        @Override
        String describe() {
            try (Connection server = server(); Statement statement = server.createStatement();
                    ResultSet settings = statement.executeQuery("select current_setting('server_version'), "
                            + "current_setting('fsync'), current_setting('synchronous_commit'), "
                            + "current_setting('shared_buffers')")) {
                settings.next();
                return "PostgreSQL %s at %s (fsync=%s, synchronous_commit=%s, shared_buffers=%s)".formatted(
                        settings.getString(1), url.replaceFirst("jdbc:postgresql://([^/]+)/.*", "$1"),
                        settings.getString(2), settings.getString(3), settings.getString(4));
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reach the benchmark's PostgreSQL at " + url, e);
            }
        }

        @Override
        List<String> freshForApp(String name) throws SQLException {
            recreate(name);
            List<String> arguments = new java.util.ArrayList<>(List.of("--spring.profiles.active=bench,postgres",
                    "--spring.datasource.url=" + urlOf(name)));
            if (!user.isBlank()) { // else the URL's ?user=…
                arguments.addAll(List.of("--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password));
            }
            return arguments;
        }

        @Override
        void freshForBareEngine(ProcessEngineConfigurationImpl configuration) throws SQLException {
            recreate(BARE);
            configuration.setJdbcDriver("org.postgresql.Driver");
            // no user given: the URL's ?user=… (the engine's default user "sa" would win over it)
            configuration.setJdbcUrl(urlOf(BARE)).setJdbcUsername(user.isBlank() ? null : user)
                    .setJdbcPassword(user.isBlank() ? null : password);
            // as many connections as the app's pool (application-postgres.yml's default)
            configuration.setJdbcMaxActiveConnections(20);
        }

        @Override
        Map<String, Long> sizes() throws SQLException {
            Map<String, Long> sizes = new LinkedHashMap<>();
            try (Connection server = server(); Statement statement = server.createStatement()) {
                sizes.put("app", size(statement, APP));
                sizes.put("bareEngine", size(statement, BARE));
            }
            return sizes;
        }

        private static long size(Statement statement, String database) throws SQLException {
            try (ResultSet size = statement.executeQuery("select coalesce((select pg_database_size(datname) "
                    + "from pg_database where datname = '" + database + "'), 0)")) {
                size.next();
                return size.getLong(1);
            }
        }

        private void recreate(String name) throws SQLException {
            try (Connection server = server(); Statement statement = server.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
                statement.execute("create database " + name + " encoding 'UTF8' template template0");
            }
        }

        private String urlOf(String database) {
            Matcher parts = SERVER.matcher(url);
            parts.matches();
            return parts.group(1) + database + (parts.group(3) == null ? "" : parts.group(3));
        }

        private Connection server() throws SQLException {
            return user.isBlank() ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
        }
    }
}
