package io.polyport.plugins.patchwork.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The patches table: listing, lookup, filing and the fields maintainers change. */
public final class Patches {
    private static final String SUMMARY = "SELECT p.id, p.date, p.msgid, p.name, p.project_id, pr.name,"
            + " p.state_id, s.name, p.archived, pe.id, pe.email, pe.name, pa.username, p.delegate_id, a.username,"
            + " p.commit_ref, p.hash"
            + " FROM pw_patch p JOIN pw_project pr ON pr.id = p.project_id JOIN pw_state s ON s.id = p.state_id"
            + " JOIN pw_person pe ON pe.id = p.submitter_id LEFT JOIN pw_account pa ON pa.id = pe.account_id"
            + " LEFT JOIN pw_account a ON a.id = p.delegate_id";
    private static final String ORDER = " ORDER BY p.date, p.id";

    /**
     * A new patch to file.
     *
     * @param projectId   its project
     * @param msgid       its {@code Message-Id}
     * @param name        its cleaned subject
     * @param date        when it was sent ({@link Timestamps} form)
     * @param headers     its header lines
     * @param submitterId who sent it
     * @param content     its message, or null
     * @param diff        its diff, or null (a pull request)
     * @param pullUrl     the repository of a pull request, or null
     * @param stateId     its initial state
     */
    public record NewPatch(long projectId, String msgid, String name, String date, String headers, long submitterId,
                           String content, String diff, String pullUrl, long stateId) {
    }

    /** What the mbox of a patch is made of, besides its replies. */
    public record MailParts(long id, String date, String headers, String content, String diff, Person submitter,
                            String listEmail) {
    }

    private Patches() {
    }

    /** The patches matching {@code conditions} (over the {@code p.} columns), oldest first. */
    public static List<PatchSummary> list(Connection c, Conditions conditions) throws SQLException {
        return Sql.list(c, SUMMARY + conditions.where() + ORDER, Patches::read, conditions.params());
    }

    public static Optional<PatchSummary> byId(Connection c, long id) throws SQLException {
        return Sql.one(c, SUMMARY + " WHERE p.id = ?", Patches::read, id);
    }

    /** The first patch with that hash, in any project. */
    public static Optional<PatchSummary> byHash(Connection c, String hash) throws SQLException {
        return Sql.one(c, SUMMARY + " WHERE p.hash = ?" + ORDER, Patches::read, hash);
    }

    public static Optional<PatchSummary> byProjectAndHash(Connection c, String linkname, String hash)
            throws SQLException {
        return Sql.one(c, SUMMARY + " WHERE pr.linkname = ? AND p.hash = ?" + ORDER, Patches::read, linkname, hash);
    }

    /** The patch's diff, if the patch exists (the diff itself may be null). */
    public static Optional<Optional<String>> diff(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT diff FROM pw_patch WHERE id = ?", rs -> Optional.ofNullable(rs.getString(1)), id);
    }

    public static Optional<MailParts> mailParts(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT p.id, p.date, p.headers, p.content, p.diff, pe.id, pe.email, pe.name,"
                + " pa.username, pr.listemail FROM pw_patch p JOIN pw_person pe ON pe.id = p.submitter_id"
                + " LEFT JOIN pw_account pa ON pa.id = pe.account_id JOIN pw_project pr ON pr.id = p.project_id"
                + " WHERE p.id = ?", rs -> new MailParts(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5),
                new Person(rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9)), rs.getString(10)), id);
    }

    /** Whether the project already holds a patch with that message id. */
    public static boolean exists(Connection c, long projectId, String msgid) throws SQLException {
        return idByMsgid(c, projectId, msgid).isPresent();
    }

    /** The id of the project's patch with that message id. */
    public static Optional<Long> idByMsgid(Connection c, long projectId, String msgid) throws SQLException {
        return Sql.id(c, "SELECT id FROM pw_patch WHERE project_id = ? AND msgid = ?", projectId, msgid);
    }

    /** Files a patch, hashing its diff; returns its id. */
    public static long insert(Connection c, NewPatch p, String hash) throws SQLException {
        long id = Sql.nextId(c, "patch");
        Sql.update(c, "INSERT INTO pw_patch (id, project_id, msgid, name, date, headers, submitter_id, content, diff,"
                        + " hash, state_id, archived, pull_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                id, p.projectId(), p.msgid(), p.name(), p.date(), p.headers(), p.submitterId(), p.content(),
                p.diff(), hash, p.stateId(), p.pullUrl());
        return id;
    }

    public static void setState(Connection c, long id, long stateId) throws SQLException {
        Sql.update(c, "UPDATE pw_patch SET state_id = ? WHERE id = ?", stateId, id);
    }

    public static void setArchived(Connection c, long id, boolean archived) throws SQLException {
        Sql.update(c, "UPDATE pw_patch SET archived = ? WHERE id = ?", archived ? 1 : 0, id);
    }

    public static void setCommitRef(Connection c, long id, String commitRef) throws SQLException {
        Sql.update(c, "UPDATE pw_patch SET commit_ref = ? WHERE id = ?", commitRef, id);
    }

    public static void setDelegate(Connection c, long id, Long accountId) throws SQLException {
        Sql.update(c, "UPDATE pw_patch SET delegate_id = ? WHERE id = ?", accountId, id);
    }

    /** Places the patch in a series at position {@code number}. */
    public static void setSeries(Connection c, long id, long seriesId, int number) throws SQLException {
        Sql.update(c, "UPDATE pw_patch SET series_id = ?, number = ? WHERE id = ?", seriesId, number, id);
    }

    /** Whether the series already has a patch at position {@code number}. */
    public static boolean seriesHasNumber(Connection c, long seriesId, int number) throws SQLException {
        return Sql.id(c, "SELECT id FROM pw_patch WHERE series_id = ? AND number = ?", seriesId, number).isPresent();
    }

    private static PatchSummary read(ResultSet rs) throws SQLException {
        Person submitter = new Person(rs.getLong(10), rs.getString(11), rs.getString(12), rs.getString(13));
        return new PatchSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getLong(7), rs.getString(8), rs.getInt(9) != 0, submitter,
                Sql.nullableLong(rs, 14), rs.getString(15), rs.getString(16), rs.getString(17));
    }
}
