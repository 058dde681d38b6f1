package io.polyport.server.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the write transactions of every node on one PostgreSQL database: each commits a {@code NOTIFY} on
 * {@link #CHANNEL} ({@link #NOTIFY}), and this listener, on a connection of its own, bumps the database's write
 * generation for each, which invalidates every {@link ReadCache} entry read before. While the listener is not
 * connected it cannot hear other nodes, so {@link #listening} is false and read caches stay off; reconnecting bumps
 * the generation, since writes may have been missed meanwhile.
 */
final class WriteNotifications implements AutoCloseable {
    static final String CHANNEL = "polyport_writes";
    /** The statement a write transaction runs before it commits; PostgreSQL delivers it at the commit. */
    static final String NOTIFY = "NOTIFY " + CHANNEL;
    private static final Logger LOG = LoggerFactory.getLogger(WriteNotifications.class);
    private static final int POLL_MILLIS = 500;
    private static final long RECONNECT_MILLIS = 1_000;

    private final String url;
    private final Properties credentials;
    private final AtomicLong generation;
    private final Thread thread;
    private volatile boolean listening;
    private volatile boolean running = true;
    /** The listening connection, closed by {@link #close} to end a wait for notifications at once. */
    private volatile Connection connection;

    WriteNotifications(String url, String user, String password, AtomicLong generation) {
        this.url = url;
        this.credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        this.generation = generation;
        this.thread = new Thread(this::run, "polyport-write-notifications");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Whether writes of every node are heard now, so cached reads are safe. */
    boolean listening() {
        return listening;
    }

    private void run() {
        while (running) {
            try (Connection listener = DriverManager.getConnection(url, credentials)) {
                connection = listener;
                if (!running) {
                    return;
                }
                try (Statement statement = listener.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                generation.incrementAndGet();
                listening = true;
                PGConnection postgres = listener.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        generation.incrementAndGet();
                    }
                }
            } catch (SQLException e) {
                if (listening && running) {
                    LOG.warn("not hearing other nodes' writes (read caches off until reconnected): {}", e.toString());
                }
            } finally {
                listening = false;
                generation.incrementAndGet();
            }
            if (running) {
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        Connection listener = connection;
        if (listener != null) {
            try {
                listener.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
