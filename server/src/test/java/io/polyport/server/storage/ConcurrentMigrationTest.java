package io.polyport.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.server.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** Several nodes starting at once on a new PostgreSQL database: one migrates, the others wait and find it done. */
@EnabledIfSystemProperty(named = "polyport.test.database", matches = "postgresql")
class ConcurrentMigrationTest {
    private static final int NODES = 4;

    @TempDir
    Path folder;

    @Test
    void nodesStartingTogetherMigrateOnce() throws Exception {
        DatabaseConfig shared = TestDatabases.emptyPostgres();
        ExecutorService pool = Executors.newFixedThreadPool(NODES);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Database>> nodes = new ArrayList<>();
        for (int n = 0; n < NODES; n++) {
            Path data = folder.resolve("node" + n);
            nodes.add(pool.submit(() -> {
                start.await();
                return Database.open(shared, data);
            }));
        }
        start.countDown();
        List<Database> opened = new ArrayList<>();
        try {
            for (Future<Database> node : nodes) {
                opened.add(node.get(60, TimeUnit.SECONDS));
            }
            Database first = opened.get(0);
            assertThat(opened).allMatch(Database::ready);
            int applied = count(first, "select count(*) from flyway_schema_history");
            int versions = count(first, "select count(distinct version) from flyway_schema_history where success");
            assertThat(applied).as("each migration applied once").isEqualTo(versions);
            assertThat(count(first, "select count(*) from wiki where name = 'WikiStart'")).as("the seed rows once")
                    .isEqualTo(2);
        } finally {
            opened.forEach(Database::close);
            pool.shutdown();
        }
    }

    private static int count(Database database, String sql) {
        return database.dsl().fetchOne(sql).get(0, Integer.class);
    }
}
