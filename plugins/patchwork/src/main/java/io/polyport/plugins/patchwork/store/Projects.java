package io.polyport.plugins.patchwork.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The projects table and its maintainers. */
public final class Projects {
    private static final String COLUMNS =
            "id, linkname, name, listid, listemail, subject_match, web_url, scm_url, webscm_url";

    private Projects() {
    }

    /** Every project, by link name. */
    public static List<Project> all(Connection c) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM pw_project ORDER BY linkname", Projects::read);
    }

    public static Optional<Project> byId(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM pw_project WHERE id = ?", Projects::read, id);
    }

    public static Optional<Project> byLinkname(Connection c, String linkname) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM pw_project WHERE linkname = ?", Projects::read, linkname);
    }

    /** The projects fed by the list {@code listId}. */
    public static List<Project> byListId(Connection c, String listId) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM pw_project WHERE listid = ? ORDER BY id", Projects::read,
                listId);
    }

    /** Stores a new project; its id is assigned here. */
    public static Project insert(Connection c, Project p) throws SQLException {
        long id = Sql.nextId(c, "project");
        Sql.update(c, "INSERT INTO pw_project (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
                p.linkname(), p.name(), p.listId(), p.listEmail(), p.subjectMatch(), p.webUrl(), p.scmUrl(),
                p.webScmUrl());
        return byId(c, id).orElseThrow();
    }

    public static void update(Connection c, Project p) throws SQLException {
        Sql.update(c, "UPDATE pw_project SET linkname = ?, name = ?, listid = ?, listemail = ?, subject_match = ?,"
                        + " web_url = ?, scm_url = ?, webscm_url = ? WHERE id = ?", p.linkname(), p.name(), p.listId(),
                p.listEmail(), p.subjectMatch(), p.webUrl(), p.scmUrl(), p.webScmUrl(), p.id());
    }

    /** Deletes a project with everything filed into it. */
    public static void delete(Connection c, long id) throws SQLException {
        String patches = "SELECT id FROM pw_patch WHERE project_id = ?";
        String covers = "SELECT id FROM pw_cover WHERE project_id = ?";
        Sql.update(c, "DELETE FROM pw_check WHERE patch_id IN (" + patches + ")", id);
        Sql.update(c, "DELETE FROM pw_patch_tag WHERE patch_id IN (" + patches + ")", id);
        Sql.update(c, "DELETE FROM pw_comment WHERE patch_id IN (" + patches + ")", id);
        Sql.update(c, "DELETE FROM pw_comment WHERE cover_id IN (" + covers + ")", id);
        Sql.update(c, "DELETE FROM pw_patch WHERE project_id = ?", id);
        Sql.update(c, "DELETE FROM pw_cover WHERE project_id = ?", id);
        Sql.update(c, "DELETE FROM pw_series_reference WHERE project_id = ?", id);
        Sql.update(c, "DELETE FROM pw_series WHERE project_id = ?", id);
        Sql.update(c, "DELETE FROM pw_maintainer WHERE project_id = ?", id);
        Sql.update(c, "DELETE FROM pw_project WHERE id = ?", id);
    }

    /** Whether {@code username} maintains the project. */
    public static boolean isMaintainer(Connection c, long projectId, String username) throws SQLException {
        return Sql.id(c, "SELECT m.project_id FROM pw_maintainer m JOIN pw_account a ON a.id = m.account_id"
                + " WHERE m.project_id = ? AND a.username = ?", projectId, username).isPresent();
    }

    /** Makes the account a maintainer; false when it already was one. */
    public static boolean addMaintainer(Connection c, long projectId, long accountId) throws SQLException {
        if (Sql.id(c, "SELECT project_id FROM pw_maintainer WHERE project_id = ? AND account_id = ?", projectId,
                accountId).isPresent()) {
            return false;
        }
        Sql.update(c, "INSERT INTO pw_maintainer (project_id, account_id) VALUES (?, ?)", projectId, accountId);
        return true;
    }

    /** Removes a maintainer; false when the account was none. */
    public static boolean removeMaintainer(Connection c, long projectId, String username) throws SQLException {
        return Sql.update(c, "DELETE FROM pw_maintainer WHERE project_id = ? AND account_id IN"
                + " (SELECT id FROM pw_account WHERE username = ?)", projectId, username) > 0;
    }

    /** The user names of the project's maintainers, sorted. */
    public static List<String> maintainers(Connection c, long projectId) throws SQLException {
        return Sql.list(c, "SELECT a.username FROM pw_maintainer m JOIN pw_account a ON a.id = m.account_id"
                + " WHERE m.project_id = ? ORDER BY a.username", rs -> rs.getString(1), projectId);
    }

    private static Project read(ResultSet rs) throws SQLException {
        return new Project(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }
}
