package io.polyport.plugins.patchwork.api;

import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.Caller;
import io.polyport.core.plugin.PluginDatabase;
import io.polyport.plugins.patchwork.ingest.DuplicateMailException;
import io.polyport.plugins.patchwork.ingest.Filing;
import io.polyport.plugins.patchwork.ingest.MailIngester;
import io.polyport.plugins.patchwork.mail.MailReader;
import io.polyport.plugins.patchwork.mail.MalformedMailException;
import io.polyport.plugins.patchwork.mail.MboxSplitter;
import io.polyport.plugins.patchwork.store.PatchSummary;
import io.polyport.plugins.patchwork.store.Patches;
import io.polyport.plugins.patchwork.store.People;
import io.polyport.plugins.patchwork.store.Project;
import io.polyport.plugins.patchwork.store.Projects;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Filing mail and administering projects, maintainers, delegates and people. */
public final class PatchworkAdminImpl implements PatchworkAdmin {
    private static final Pattern LINKNAME = Pattern.compile("[A-Za-z0-9_.-]{1,255}");
    private static final Pattern USERNAME = Pattern.compile("[^\\s:]{1,255}");
    private static final Set<String> SETTINGS = Set.of("linkname", "name", "listid", "listemail", "subject_match",
            "web_url", "scm_url", "webscm_url");

    private final PluginDatabase db;
    private final MailIngester ingester;

    public PatchworkAdminImpl(PluginDatabase db, Clock clock) {
        this.db = db;
        this.ingester = new MailIngester(clock);
    }

    @Override
    public List<Map<String, Object>> parsemail(String mbox, String list_id) {
        List<byte[]> messages = MboxSplitter.split(mbox == null ? "" : mbox);
        if (messages.isEmpty()) {
            throw RpcException.invalidField("mbox", "the mbox holds no message");
        }
        return db.transaction(c -> {
            List<Map<String, Object>> filings = new ArrayList<>();
            for (int i = 0; i < messages.size(); i++) {
                filings.add(file(c, i + 1, messages.get(i), list_id == null ? "" : list_id.strip()).toStruct());
            }
            return filings;
        });
    }

    private Filing file(Connection c, int number, byte[] message, String listId) throws SQLException {
        try {
            return ingester.file(c, MailReader.read(message), listId);
        } catch (MalformedMailException e) {
            throw RpcException.invalidField("mbox", "message " + number + ": " + e.getMessage());
        } catch (DuplicateMailException e) {
            throw RpcException.conflict("message " + number + ": " + e.getMessage());
        }
    }

    @Override
    public Map<String, Object> projectGet(String linkname) {
        return db.read(c -> details(c, project(c, linkname)));
    }

    @Override
    public Map<String, Object> projectCreate(String linkname, String name, String listid, String listemail,
                                             Map<String, Object> attributes) {
        Map<String, Object> settings = new LinkedHashMap<>(attributes == null ? Map.of() : attributes);
        settings.put("linkname", linkname);
        settings.put("name", name);
        settings.put("listid", listid);
        settings.put("listemail", listemail);
        Project project = apply(new Project(0, "", "", "", "", "", "", "", ""), settings);
        return db.transaction(c -> {
            refuseDuplicates(c, project);
            return details(c, Projects.insert(c, project));
        });
    }

    @Override
    public Map<String, Object> projectUpdate(String linkname, Map<String, Object> attributes) {
        return db.transaction(c -> {
            Project changed = apply(project(c, linkname), attributes == null ? Map.of() : attributes);
            refuseDuplicates(c, changed);
            Projects.update(c, changed);
            return details(c, changed);
        });
    }

    @Override
    public boolean projectDelete(String linkname) {
        return db.transaction(c -> {
            Projects.delete(c, project(c, linkname).id());
            return true;
        });
    }

    @Override
    public boolean addMaintainer(String linkname, String username) {
        String user = username(username);
        return db.transaction(c -> Projects.addMaintainer(c, project(c, linkname).id(), People.account(c, user)));
    }

    @Override
    public boolean removeMaintainer(String linkname, String username) {
        return db.transaction(c -> Projects.removeMaintainer(c, project(c, linkname).id(), username));
    }

    @Override
    public boolean setDelegate(Caller caller, int patch_id, String username) {
        boolean clear = username == null || username.isEmpty();
        String user = clear ? null : username(username);
        return db.transaction(c -> {
            PatchSummary patch = Patches.byId(c, patch_id)
                    .orElseThrow(() -> RpcException.notFound("Patch " + patch_id + " does not exist."));
            if (!caller.has(ADMIN) && !Projects.isMaintainer(c, patch.projectId(), caller.name())) {
                throw RpcException.permissionDenied(ADMIN, "patch " + patch_id
                        + " (or be a maintainer of its project)");
            }
            Patches.setDelegate(c, patch.id(), clear ? null : People.account(c, user));
            return true;
        });
    }

    @Override
    public boolean setPersonUser(int person_id, String username) {
        boolean clear = username == null || username.isEmpty();
        String user = clear ? null : username(username);
        return db.transaction(c -> {
            People.byId(c, person_id)
                    .orElseThrow(() -> RpcException.notFound("Person " + person_id + " does not exist."));
            People.link(c, person_id, clear ? null : People.account(c, user));
            return true;
        });
    }

    private static Project project(Connection c, String linkname) throws SQLException {
        return Projects.byLinkname(c, linkname == null ? "" : linkname)
                .orElseThrow(() -> RpcException.notFound("Project '" + linkname + "' does not exist."));
    }

    private static Map<String, Object> details(Connection c, Project p) throws SQLException {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", p.id());
        s.put("linkname", p.linkname());
        s.put("name", p.name());
        s.put("listid", p.listId());
        s.put("listemail", p.listEmail());
        s.put("subject_match", p.subjectMatch());
        s.put("web_url", p.webUrl());
        s.put("scm_url", p.scmUrl());
        s.put("webscm_url", p.webScmUrl());
        s.put("maintainers", Projects.maintainers(c, p.id()));
        return s;
    }

    /** {@code project} with {@code settings} applied and validated. */
    private static Project apply(Project project, Map<String, Object> settings) {
        for (String key : settings.keySet()) {
            if (!SETTINGS.contains(key)) {
                throw RpcException.invalidField(key, "unknown project setting '" + key + "'");
            }
        }
        Project p = new Project(project.id(), text(settings, "linkname", project.linkname()),
                text(settings, "name", project.name()), text(settings, "listid", project.listId()),
                text(settings, "listemail", project.listEmail()),
                text(settings, "subject_match", project.subjectMatch()), text(settings, "web_url", project.webUrl()),
                text(settings, "scm_url", project.scmUrl()), text(settings, "webscm_url", project.webScmUrl()));
        if (!LINKNAME.matcher(p.linkname()).matches()) {
            throw RpcException.invalidField("linkname", "linkname must be 1 to 255 letters, digits, '-', '_' or '.'");
        }
        for (String[] required : new String[][] {{"name", p.name()}, {"listid", p.listId()},
            {"listemail", p.listEmail()}}) {
            if (required[1].isBlank()) {
                throw RpcException.invalidField(required[0], required[0] + " must not be empty");
            }
        }
        try {
            Pattern.compile(p.subjectMatch());
        } catch (PatternSyntaxException e) {
            throw RpcException.invalidField("subject_match", "subject_match is not a valid regular expression");
        }
        return p;
    }

    private static void refuseDuplicates(Connection c, Project p) throws SQLException {
        for (Project other : Projects.all(c)) {
            if (other.id() != p.id() && (other.linkname().equals(p.linkname()) || other.name().equals(p.name())
                    || other.listId().equals(p.listId()))) {
                throw RpcException.conflict("another project has the link name, name or list id of '"
                        + p.linkname() + "'");
            }
        }
    }

    private static String text(Map<String, Object> settings, String key, String current) {
        Object value = settings.get(key);
        return value == null ? current : String.valueOf(value).strip();
    }

    private static String username(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw RpcException.invalidField("username", "'" + username + "' is not a user name");
        }
        return username;
    }
}
