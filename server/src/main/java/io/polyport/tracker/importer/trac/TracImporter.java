package io.polyport.tracker.importer.trac;

import static io.polyport.server.db.Tables.COMPONENT;
import static io.polyport.server.db.Tables.MILESTONE;
import static io.polyport.server.db.Tables.PERMISSIONS;
import static io.polyport.server.db.Tables.TICKET;
import static io.polyport.server.db.Tables.TICKET_ENUM;
import static io.polyport.server.db.Tables.VERSION;
import static io.polyport.server.db.Tables.WIKI;

import io.polyport.core.error.RpcException;
import io.polyport.server.auth.Names;
import io.polyport.server.cli.ProgressBars;
import io.polyport.server.db.tables.records.ComponentRecord;
import io.polyport.server.db.tables.records.MilestoneRecord;
import io.polyport.server.db.tables.records.PermissionsRecord;
import io.polyport.server.db.tables.records.TicketEnumRecord;
import io.polyport.server.db.tables.records.VersionRecord;
import io.polyport.server.storage.Database;
import io.polyport.server.storage.IdentitySequences;
import io.polyport.tracker.ticket.CustomFieldConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ProgressBar;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Imports a Trac environment into Polyport, kind by kind (ticket configuration, enums, milestones, components,
 * versions, users, permissions, tickets, wiki), each in one transaction ending with its checkpoint, so running an
 * interrupted import again resumes it. Everything is read and checked before the first write; a dry run reads and
 * checks everything and writes nothing.
 */
public final class TracImporter {
    /**
     * How to import.
     *
     * @param htpasswd   an Apache htpasswd file with the users' passwords, or null
     * @param dryRun     read and check only
     * @param merge      import into a database with tickets and pages of its own, renumbering the tickets
     * @param configFile Polyport's configuration file, where the custom fields and workflow are written
     */
    public record Options(Path htpasswd, boolean dryRun, boolean merge, Path configFile) {
    }

    /** Called after each object is written; the tests use it to interrupt an import halfway. */
    interface ObjectHook {
        void written(String kind, long objects);
    }

    /** The width of the kind names in the progress bars. */
    private static final int KIND_WIDTH = 11;
    private static final String NOT_IMPORTED = "not imported";
    private static final Map<String, String> ENUM_TYPES = Map.of("ticket_type", "type", "priority", "priority",
            "severity", "severity", "resolution", "resolution");

    private final TracEnvironment environment;
    private final Options options;
    private final PrintWriter progress;
    private final ImportReport report = new ImportReport();
    private final Checkpoints checkpoints;
    private final List<ImportKind<?>> kinds;
    private ObjectHook hook = (kind, objects) -> { };

    /**
     * Reads and checks the environment's configuration, users and attachment lists, and lists what will not move.
     *
     * @throws TracImportException when the environment cannot be imported
     */
    public TracImporter(TracEnvironment environment, Options options, PrintWriter progress) {
        this.environment = environment;
        this.options = options;
        this.progress = progress;
        this.checkpoints = new Checkpoints(environment.folder().toString());
        this.kinds = kinds(TracTicketConfig.read(environment.config(), report));
        reportWhatDoesNotMove();
    }

    void onEachObject(ObjectHook objectHook) {
        this.hook = objectHook;
    }

    /**
     * Runs the import into {@code database} (null for a dry run) and returns what it moved and left out.
     *
     * @throws TracImportException when the database already holds data of its own and this is no merge
     */
    public ImportReport run(Database database) {
        if (!options.dryRun()) {
            requireTarget(database.dsl());
        }
        for (ImportKind<?> kind : kinds) {
            run(options.dryRun() ? null : database, kind);
        }
        return report;
    }

    private List<ImportKind<?>> kinds(TracTicketConfig ticketConfig) {
        boolean replace = !options.merge();
        Condition all = replace ? DSL.noCondition() : null;
        return List.of(
                new ImportKind<>("config", TracReader.of(List.of(ticketConfig)),
                        dsl -> new TicketConfigWriter(options.configFile())),
                new ImportKind<>("enums", new TableReader<>(environment, "enum", "type, CAST(value AS INTEGER), name",
                        row -> enumValue(row.getString("type"), row.getString("name"), row.getString("value"))),
                        dsl -> new RecordWriter<>(dsl, TICKET_ENUM, all, "enums",
                                row -> row.getType() + " " + row.getName(), report)),
                new ImportKind<>("milestones", new TableReader<>(environment, "milestone", "name",
                        row -> new MilestoneRecord(row.getString("name"), TracValues.time(row.getLong("due")),
                                TracValues.time(row.getLong("completed")),
                                TracValues.text(row.getString("description")))),
                        dsl -> new RecordWriter<>(dsl, MILESTONE, all, "milestones", MilestoneRecord::getName,
                                report)),
                new ImportKind<>("components", new TableReader<>(environment, "component", "name",
                        row -> new ComponentRecord(row.getString("name"), TracValues.text(row.getString("owner")),
                                TracValues.text(row.getString("description")))),
                        dsl -> new RecordWriter<>(dsl, COMPONENT, all, "components", ComponentRecord::getName,
                                report)),
                new ImportKind<>("versions", new TableReader<>(environment, "version", "name",
                        row -> new VersionRecord(row.getString("name"), TracValues.time(row.getLong("time")),
                                TracValues.text(row.getString("description")))),
                        dsl -> new RecordWriter<>(dsl, VERSION, all, "versions", VersionRecord::getName, report)),
                new ImportKind<>(UserReader.KIND, new UserReader(environment, options.htpasswd(), report),
                        dsl -> new UserWriter(dsl, report)),
                new ImportKind<>("permissions", new TableReader<>(environment, "permission", "username, action",
                        row -> grant(row.getString("username"), row.getString("action"))),
                        dsl -> new RecordWriter<>(dsl, PERMISSIONS, replace
                                ? PERMISSIONS.SUBJECT.in(Names.ANONYMOUS, Names.AUTHENTICATED) : null, "permissions",
                                row -> row.getSubject() + " " + row.getAction(), report)),
                new ImportKind<>(TicketReader.KIND, new TicketReader(environment, ticketConfig.custom().stream()
                        .map(CustomFieldConfig::name).collect(Collectors.toSet()), report),
                        dsl -> new TicketWriter(dsl, replace ? TicketNumbers.kept() : TicketNumbers.after(dsl, report))),
                new ImportKind<>(PageReader.KIND, new PageReader(environment, report),
                        dsl -> new PageWriter(dsl, options.merge(), report)));
    }

    private TicketEnumRecord enumValue(String type, String name, String value) {
        String polyportType = ENUM_TYPES.get(type);
        if (polyportType == null) {
            report.skip("enums", type + " " + name, "enum type '" + type + "' is not one of Trac's ticket enums");
            return null;
        }
        return new TicketEnumRecord(polyportType, name, value);
    }

    private PermissionsRecord grant(String subject, String action) {
        try {
            Names.requireSubject(subject);
            Names.requireGrantable(action);
        } catch (RpcException e) {
            report.skip("permissions", subject + " " + action, e.getMessage());
            return null;
        }
        if (subject.equals(action)) {
            report.skip("permissions", subject + " " + action, "a subject cannot be a member of itself");
            return null;
        }
        return new PermissionsRecord(subject, action);
    }

    /** Reports what Trac holds that Polyport has no place for. */
    private void reportWhatDoesNotMove() {
        environment.each("SELECT id, title FROM report ORDER BY id", row -> report.skip(NOT_IMPORTED,
                "report {" + row.getInt("id") + "} " + row.getString("title"),
                "Trac reports are SQL over Trac's schema; use ticket.query or a saved query"));
        environment.each("SELECT type, id, filename FROM attachment WHERE type NOT IN ('ticket', 'wiki')"
                + " ORDER BY type, id, filename", row -> report.skip(NOT_IMPORTED,
                row.getString("type") + ":" + row.getString("id") + "/" + row.getString("filename"),
                "attachments of " + row.getString("type") + " resources have no place in Polyport"));
        for (String table : List.of("repository", "revision", "node_change")) {
            long rows = environment.hasTable(table) ? environment.count("SELECT count(*) FROM " + table) : 0;
            if (rows > 0) {
                report.skip(NOT_IMPORTED, "version control: " + rows + " rows of " + table,
                        "Polyport has no repository browser");
            }
        }
        if (environment.hasTable("notify_subscription")) {
            long subscriptions = environment.count("SELECT count(*) FROM notify_subscription");
            if (subscriptions > 0) {
                report.skip(NOT_IMPORTED, subscriptions + " notification subscriptions", "Polyport sends no mail");
            }
        }
        long preferences = environment.count("SELECT count(*) FROM session_attribute"
                + " WHERE name NOT IN ('name', 'email')");
        if (preferences > 0) {
            report.skip(NOT_IMPORTED, preferences + " session preferences", "only names and e-mails move");
        }
    }

    private void requireTarget(DSLContext dsl) {
        if (options.merge() || checkpoints.started(dsl)) {
            return;
        }
        boolean ownTickets = dsl.fetchExists(TICKET);
        boolean ownPages = dsl.fetchExists(WIKI, WIKI.NAME.ne("WikiStart").or(WIKI.AUTHOR.ne("polyport")));
        if (ownTickets || ownPages) {
            throw new TracImportException("the database already holds tickets or wiki pages of its own; import into"
                    + " a new data folder, or give --merge to add the environment's tickets with new numbers");
        }
    }

    private <T> void run(Database database, ImportKind<T> kind) {
        if (database != null) {
            Optional<Long> finished = checkpoints.finished(database.dsl(), kind.name());
            if (finished.isPresent()) {
                report.moved(kind.name(), finished.get() + " (imported by an earlier run)");
                return;
            }
        }
        AtomicLong objects = new AtomicLong();
        try (ProgressBar bar = ProgressBars.start(progress, kind.name(), KIND_WIDTH, kind.reader().count())) {
            if (database == null) {
                kind.reader().read(item -> {
                    objects.incrementAndGet();
                    bar.step();
                });
            } else {
                database.transaction(dsl -> {
                    KindWriter<T> writer = kind.writer().apply(dsl);
                    kind.reader().read(item -> {
                        writer.write(item);
                        bar.step();
                        hook.written(kind.name(), objects.incrementAndGet());
                    });
                    writer.finish();
                    IdentitySequences.advance(dsl);
                    checkpoints.finish(dsl, kind.name(), objects.get());
                    return null;
                });
            }
        } finally {
            progress.println();
            progress.flush();
        }
        report.moved(kind.name(), objects.get() + (database == null ? " read (dry run, nothing written)" : ""));
    }
}
