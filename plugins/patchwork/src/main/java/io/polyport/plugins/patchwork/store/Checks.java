package io.polyport.plugins.patchwork.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Test results reported against patches. */
public final class Checks {
    private static final String SELECT = "SELECT c.id, c.date, c.patch_id, p.name, c.account_id, a.username,"
            + " c.state, c.target_url, c.description, c.context FROM pw_check c"
            + " JOIN pw_patch p ON p.id = c.patch_id JOIN pw_account a ON a.id = c.account_id";
    private static final String ORDER = " ORDER BY c.date, c.id";

    private Checks() {
    }

    /** The checks matching {@code conditions} (over the {@code c.} and {@code p.} columns). */
    public static List<CheckResult> list(Connection c, Conditions conditions) throws SQLException {
        return Sql.list(c, SELECT + conditions.where() + ORDER, Checks::read, conditions.params());
    }

    public static Optional<CheckResult> byId(Connection c, long id) throws SQLException {
        return Sql.one(c, SELECT + " WHERE c.id = ?", Checks::read, id);
    }

    /** The patch's checks, the latest of each reporter and context only, as Patchwork combines them. */
    public static List<CheckResult> latest(Connection c, long patchId) throws SQLException {
        return Sql.list(c, SELECT + " WHERE c.patch_id = ? AND NOT EXISTS (SELECT 1 FROM pw_check n"
                + " WHERE n.patch_id = c.patch_id AND n.account_id = c.account_id AND n.context = c.context"
                + " AND (n.date > c.date OR (n.date = c.date AND n.id > c.id)))" + ORDER, Checks::read, patchId);
    }

    public static long insert(Connection c, long patchId, long accountId, String date, CheckState state,
                              String targetUrl, String description, String context) throws SQLException {
        long id = Sql.nextId(c, "check");
        Sql.update(c, "INSERT INTO pw_check (id, patch_id, account_id, date, state, target_url, description,"
                        + " context) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, patchId, accountId, date, state.code(),
                targetUrl, description, context);
        return id;
    }

    private static CheckResult read(ResultSet rs) throws SQLException {
        return new CheckResult(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), CheckState.ofCode(rs.getInt(7)), rs.getString(8), rs.getString(9),
                rs.getString(10));
    }
}
