package io.polyport.server.auth;

import io.polyport.server.storage.Database;
import io.polyport.server.storage.DatabaseConfig;
import java.nio.file.Path;

/** Opens the real SQLite database in a test's temporary folder. */
final class TempDatabase {
    private TempDatabase() {
    }

    static Database open(Path folder) {
        return Database.open(new DatabaseConfig(null, null, null, null), folder);
    }
}
