package io.polyport.server.plugin;

import io.polyport.server.storage.Database;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * A plugin's Flyway migrations: its own location read through its class loader, its own schema-history table
 * ({@code flyway_history_<id>}, dashes as underscores) in the server's database, all pending migrations applied in
 * one transaction. The tables already in the database (the server's, other plugins') are baselined at version 0,
 * so the plugin's {@code V1} runs on a database that is not empty.
 */
final class PluginMigrations {
    private final Flyway flyway;

    PluginMigrations(Database database, String pluginId, ClassLoader loader, String location) {
        this.flyway = Flyway.configure(loader)
                .dataSource(database.readCommittedDataSource())
                .locations("classpath:" + location)
                .failOnMissingLocations(true)
                .table(historyTable(pluginId))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .group(true)
                .loggers("slf4j")
                .load();
    }

    /** The schema-history table of the plugin {@code pluginId}. */
    static String historyTable(String pluginId) {
        return "flyway_history_" + pluginId.replace('-', '_');
    }

    /** Applies what is pending. */
    void migrate() {
        flyway.migrate();
    }

    /** The applied migrations, oldest first, as {@code version description}. */
    List<String> applied() {
        return Arrays.stream(flyway.info().applied())
                .filter(info -> info.getVersion() != null && !"0".equals(info.getVersion().getVersion()))
                .map(PluginMigrations::describe)
                .toList();
    }

    private static String describe(MigrationInfo info) {
        return info.getVersion().getVersion() + " " + info.getDescription();
    }
}
