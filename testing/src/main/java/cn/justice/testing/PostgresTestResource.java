package cn.justice.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Gives a module's {@code @QuarkusTest}s a fresh database {@code <justice.db.name of the app>_test}, named by the
 * {@code database} init argument, on the real PostgreSQL server; Flyway migrates it when the app starts.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null) {
            throw new IllegalArgumentException("PostgresTestResource needs the init argument 'database'");
        }
    }

    @Override
    public Map<String, String> start() {
        PostgresDatabases.recreate(database);
        return Map.of("justice.db.name", database);
    }

    @Override
    public void stop() {
        // the database stays for inspection; it is recreated on the next run
    }
}
