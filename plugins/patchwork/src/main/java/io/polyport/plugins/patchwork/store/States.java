package io.polyport.plugins.patchwork.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The patch states, in their order. */
public final class States {
    private static final String SELECT = "SELECT id, name, ordering, action_required FROM pw_state";

    private States() {
    }

    public static List<State> all(Connection c) throws SQLException {
        return Sql.list(c, SELECT + " ORDER BY ordering", States::read);
    }

    /** States whose name contains {@code text}, ignoring case. */
    public static List<State> search(Connection c, String text) throws SQLException {
        return Sql.list(c, SELECT + " WHERE LOWER(name) LIKE ? ESCAPE '\\' ORDER BY ordering", States::read,
                Like.containing(text));
    }

    public static Optional<State> byId(Connection c, long id) throws SQLException {
        return Sql.one(c, SELECT + " WHERE id = ?", States::read, id);
    }

    /** The state called {@code name} (ignoring case). */
    public static Optional<State> byName(Connection c, String name) throws SQLException {
        return Sql.one(c, SELECT + " WHERE LOWER(name) = LOWER(?)", States::read, name);
    }

    /** The state new patches get: the first in order. */
    public static State initial(Connection c) throws SQLException {
        return Sql.one(c, SELECT + " ORDER BY ordering", States::read)
                .orElseThrow(() -> new SQLException("no patch states"));
    }

    private static State read(ResultSet rs) throws SQLException {
        return new State(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4) != 0);
    }
}
