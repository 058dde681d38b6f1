package io.polyport.tracker.importer.trac;

import java.util.function.Consumer;

/**
 * Reads the rows of one small Trac table (milestones, components, versions, enums, permissions) in a fixed order,
 * turning each into an object with {@code mapper}; a row the mapper returns null for is left out (it reports why).
 */
final class TableReader<T> implements TracReader<T> {
    private final TracEnvironment environment;
    private final String table;
    private final String orderBy;
    private final TracEnvironment.RowMapper<T> mapper;

    TableReader(TracEnvironment environment, String table, String orderBy, TracEnvironment.RowMapper<T> mapper) {
        this.environment = environment;
        this.table = table;
        this.orderBy = orderBy;
        this.mapper = mapper;
    }

    @Override
    public long count() {
        return environment.count("SELECT count(*) FROM " + table);
    }

    @Override
    public void read(Consumer<T> sink) {
        environment.each("SELECT * FROM " + table + " ORDER BY " + orderBy, row -> {
            T item = mapper.map(row);
            if (item != null) {
                sink.accept(item);
            }
        });
    }
}
