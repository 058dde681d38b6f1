package io.polyport.server.auth;

import io.polyport.server.testing.TestDatabases;
import io.polyport.server.storage.Database;
import java.nio.file.Path;

/** Opens the real SQLite database in a test's temporary folder. */
final class TempDatabase {
    private TempDatabase() {
    }

    static Database open(Path folder) {
        return TestDatabases.open(folder);
    }
}
