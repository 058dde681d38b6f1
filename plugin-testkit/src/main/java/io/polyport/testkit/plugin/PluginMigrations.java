package io.polyport.testkit.plugin;

import io.polyport.core.plugin.PluginDescriptor;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies a plugin's Flyway migrations as the server does: from its own class path location, with its own schema
 * history table {@code flyway_history_<id>}, each migration in a transaction.
 */
public final class PluginMigrations {
    private PluginMigrations() {
    }

    /** The schema history table of plugin {@code id}. */
    public static String historyTable(String id) {
        return "flyway_history_" + id.replace('-', '_');
    }

    /**
     * Migrates {@code dataSource} with the migrations at {@code location} in {@code loader}.
     *
     * @return how many migrations ran
     */
    public static int apply(DataSource dataSource, ClassLoader loader, String location, PluginDescriptor plugin) {
        MigrateResult result = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .table(historyTable(plugin.id()))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .loggers("slf4j")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        return result.migrationsExecuted;
    }
}
