package io.polyport.server.storage;

/**
 * The {@code database} section. Each key left out of the file falls back to an environment variable, so a
 * password need not be written into the configuration: {@code POLYPORT_DATABASE_URL}, {@code POLYPORT_DATABASE_USER}
 * and {@code POLYPORT_DATABASE_PASSWORD}.
 *
 * @param url         a JDBC URL: {@code jdbc:postgresql://host/db} for PostgreSQL; default: a SQLite file
 *                    {@code polyport.db} in the data folder
 * @param user        the database user (PostgreSQL)
 * @param password    the database password (PostgreSQL)
 * @param maxPoolSize the connection pool's size, default 8
 */
public record DatabaseConfig(String url, String user, String password, Integer maxPoolSize) {
    public DatabaseConfig {
        url = url != null ? url : System.getenv("POLYPORT_DATABASE_URL");
        user = user != null ? user : System.getenv("POLYPORT_DATABASE_USER");
        password = password != null ? password : System.getenv("POLYPORT_DATABASE_PASSWORD");
        maxPoolSize = maxPoolSize == null ? 8 : maxPoolSize;
    }

    /** The configuration of an absent section: the embedded SQLite file, unless the environment names a database. */
    public static DatabaseConfig defaults() {
        return new DatabaseConfig(null, null, null, null);
    }
}
