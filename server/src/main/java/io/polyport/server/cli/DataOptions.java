package io.polyport.server.cli;

import io.polyport.server.config.Config;
import io.polyport.server.config.ServerConfig;
import io.polyport.server.storage.Database;
import io.polyport.server.storage.DatabaseConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command shares: where the data and the configuration are. */
final class DataOptions {
    private static final String CONFIG_FILE = "polyport.yaml";

    @Option(names = "--data", paramLabel = "DIR",
            description = "The data folder (database, plugins). Default: the configuration's server.data, else ./data.")
    Path data;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The configuration file. Default: DIR/" + CONFIG_FILE + ".")
    Path configFile;

    /** The configuration file: {@code --config}, else {@code polyport.yaml} in the data folder. */
    Path configPath() {
        return configFile != null ? configFile : (data != null ? data : Path.of("data")).resolve(CONFIG_FILE);
    }

    /** The configuration file's contents, with {@code --data} applied to the {@code server} section. */
    Config config() {
        Config config = Config.load(configPath());
        return data != null ? config.with("server", "data", data.toString()) : config;
    }

    /** Opens (creating and migrating when needed) the database {@code config} describes. */
    static Database openDatabase(Config config) {
        return Database.open(config.section("database", DatabaseConfig.class),
                config.section("server", ServerConfig.class).data());
    }

    /** Opens the database of these options' configuration. */
    Database openDatabase() {
        return openDatabase(config());
    }
}
