package io.polyport.server.storage;

/**
 * The {@code database} section.
 *
 * @param url         a JDBC URL; default: a SQLite file {@code polyport.db} in the data folder
 * @param user        the database user (PostgreSQL)
 * @param password    the database password (PostgreSQL)
 * @param maxPoolSize the connection pool's size, default 8
 */
public record DatabaseConfig(String url, String user, String password, Integer maxPoolSize) {
    public DatabaseConfig {
        maxPoolSize = maxPoolSize == null ? 8 : maxPoolSize;
    }
}
