package io.polyport.plugins.patchwork.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What groups mail into threads: series and the message ids that lead to them, cover letters, replies (comments)
 * and the tags counted from them.
 */
public final class Threads {
    /** A series, as the parser matches against it. */
    public record Series(long id, String date, long submitterId, int version, int total) {
    }

    /** A reply to file: to a patch or to a cover letter (exactly one of the two ids is set). */
    public record NewComment(Long patchId, Long coverId, String msgid, String date, String headers,
                             long submitterId, String content) {
    }

    private Threads() {
    }

    public static long insertSeries(Connection c, long projectId, String date, long submitterId, int version,
                                    int total) throws SQLException {
        long id = Sql.nextId(c, "series");
        Sql.update(c, "INSERT INTO pw_series (id, project_id, date, submitter_id, version, total)"
                + " VALUES (?, ?, ?, ?, ?, ?)", id, projectId, date, submitterId, version, total);
        return id;
    }

    /** The series a message id leads to in the project. */
    public static Optional<Series> seriesByReference(Connection c, long projectId, String msgid) throws SQLException {
        return Sql.one(c, "SELECT s.id, s.date, s.submitter_id, s.version, s.total FROM pw_series_reference r"
                        + " JOIN pw_series s ON s.id = r.series_id WHERE r.project_id = ? AND r.msgid = ?",
                rs -> new Series(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getInt(5)),
                projectId, msgid);
    }

    /** The series of one submitter, version and size started between {@code from} and {@code to}, newest first. */
    public static List<Series> seriesByMarkers(Connection c, long projectId, long submitterId, int version,
                                               int total, String from, String to) throws SQLException {
        return Sql.list(c, "SELECT id, date, submitter_id, version, total FROM pw_series WHERE project_id = ?"
                        + " AND submitter_id = ? AND version = ? AND total = ? AND date BETWEEN ? AND ?"
                        + " ORDER BY date DESC, id DESC",
                rs -> new Series(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getInt(5)),
                projectId, submitterId, version, total, from, to);
    }

    /** Records that {@code msgid} leads to the series, unless it already leads somewhere in the project. */
    public static void addReference(Connection c, long projectId, String msgid, long seriesId) throws SQLException {
        if (Sql.id(c, "SELECT series_id FROM pw_series_reference WHERE project_id = ? AND msgid = ?", projectId,
                msgid).isEmpty()) {
            Sql.update(c, "INSERT INTO pw_series_reference (project_id, msgid, series_id) VALUES (?, ?, ?)",
                    projectId, msgid, seriesId);
        }
    }

    public static boolean coverExists(Connection c, long projectId, String msgid) throws SQLException {
        return coverByMsgid(c, projectId, msgid).isPresent();
    }

    public static Optional<Long> coverByMsgid(Connection c, long projectId, String msgid) throws SQLException {
        return Sql.id(c, "SELECT id FROM pw_cover WHERE project_id = ? AND msgid = ?", projectId, msgid);
    }

    /** How many cover letters (in any project) carry that name. */
    public static long coversNamed(Connection c, String name) throws SQLException {
        return Sql.id(c, "SELECT COUNT(*) FROM pw_cover WHERE name = ?", name).orElse(0L);
    }

    /** Files a cover letter into its series; returns its id. */
    public static long insertCover(Connection c, long projectId, String msgid, String name, String date,
                                   String headers, long submitterId, String content, long seriesId)
            throws SQLException {
        long id = Sql.nextId(c, "cover");
        Sql.update(c, "INSERT INTO pw_cover (id, project_id, msgid, name, date, headers, submitter_id, content,"
                        + " series_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, projectId, msgid, name, date, headers,
                submitterId, content, seriesId);
        Sql.update(c, "UPDATE pw_series SET cover_id = ? WHERE id = ?", id, seriesId);
        return id;
    }

    /** The patch or cover letter a message id names: itself, or a reply to it. */
    public static Optional<Long> patchOfMessage(Connection c, long projectId, String msgid) throws SQLException {
        Optional<Long> patch = Patches.idByMsgid(c, projectId, msgid);
        return patch.isPresent() ? patch : Sql.id(c, "SELECT m.patch_id FROM pw_comment m JOIN pw_patch p"
                + " ON p.id = m.patch_id WHERE p.project_id = ? AND m.msgid = ? ORDER BY m.id DESC", projectId, msgid);
    }

    /** The cover letter a message id names: itself, or a reply to it. */
    public static Optional<Long> coverOfMessage(Connection c, long projectId, String msgid) throws SQLException {
        Optional<Long> cover = coverByMsgid(c, projectId, msgid);
        return cover.isPresent() ? cover : Sql.id(c, "SELECT m.cover_id FROM pw_comment m JOIN pw_cover v"
                + " ON v.id = m.cover_id WHERE v.project_id = ? AND m.msgid = ?", projectId, msgid);
    }

    /** Whether the patch or cover letter already has a reply with that message id. */
    public static boolean commentExists(Connection c, Long patchId, Long coverId, String msgid) throws SQLException {
        return Sql.id(c, "SELECT id FROM pw_comment WHERE msgid = ? AND (patch_id = ? OR cover_id = ?)", msgid,
                patchId == null ? -1L : patchId, coverId == null ? -1L : coverId).isPresent();
    }

    public static long insertComment(Connection c, NewComment m) throws SQLException {
        long id = Sql.nextId(c, "comment");
        Sql.update(c, "INSERT INTO pw_comment (id, patch_id, cover_id, msgid, date, headers, submitter_id, content)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, m.patchId(), m.coverId(), m.msgid(), m.date(),
                m.headers(), m.submitterId(), m.content());
        return id;
    }

    /** The contents of the patch's replies, oldest first. */
    public static List<String> replies(Connection c, long patchId) throws SQLException {
        return Sql.list(c, "SELECT content FROM pw_comment WHERE patch_id = ? ORDER BY date, id",
                rs -> rs.getString(1), patchId);
    }

    /** The patch's own message and its replies' contents. */
    public static List<String> texts(Connection c, long patchId) throws SQLException {
        List<String> texts = new java.util.ArrayList<>(Sql.list(c, "SELECT content FROM pw_patch WHERE id = ?",
                rs -> rs.getString(1), patchId));
        texts.addAll(replies(c, patchId));
        return texts;
    }

    /** Replaces the patch's tag counts. */
    public static void setTags(Connection c, long patchId, java.util.Map<String, Integer> counts)
            throws SQLException {
        Sql.update(c, "DELETE FROM pw_patch_tag WHERE patch_id = ?", patchId);
        for (var entry : counts.entrySet()) {
            Sql.update(c, "INSERT INTO pw_patch_tag (patch_id, tag, count) VALUES (?, ?, ?)", patchId,
                    entry.getKey(), entry.getValue());
        }
    }

    /** The patch's tag counts, by tag ({@code Acked-by}, ...). */
    public static java.util.Map<String, Integer> tags(Connection c, long patchId) throws SQLException {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Object[] row : Sql.list(c, "SELECT tag, count FROM pw_patch_tag WHERE patch_id = ?",
                rs -> new Object[] {rs.getString(1), rs.getInt(2)}, patchId)) {
            counts.put((String) row[0], (Integer) row[1]);
        }
        return counts;
    }
}
