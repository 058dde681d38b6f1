package io.polyport.server.plugin;

import io.polyport.server.config.Config;
import io.polyport.server.storage.Database;

/**
 * What the built-in tracker, which predates the plugin API and shares the server's class path, reaches beyond its
 * {@link io.polyport.core.plugin.PluginContext}: the server's jOOQ {@link Database} and the whole configuration
 * (its {@code ticket}, {@code wiki} and {@code search} sections are top-level). A jar plugin cannot see this type,
 * its class loader exposes only {@code io.polyport.core}.
 */
public interface ServerInternals {

    /** The server's database. */
    Database serverDatabase();

    /** The whole configuration. */
    Config serverConfig();
}
