package io.polyport.plugins.patchwork.api;

import io.polyport.core.invoke.Caller;
import io.polyport.core.plugin.PluginDatabase;
import io.polyport.plugins.patchwork.mail.MboxWriter;
import io.polyport.plugins.patchwork.store.CheckResult;
import io.polyport.plugins.patchwork.store.CheckState;
import io.polyport.plugins.patchwork.store.Checks;
import io.polyport.plugins.patchwork.store.Conditions;
import io.polyport.plugins.patchwork.store.PatchSummary;
import io.polyport.plugins.patchwork.store.Patches;
import io.polyport.plugins.patchwork.store.People;
import io.polyport.plugins.patchwork.store.Projects;
import io.polyport.plugins.patchwork.store.PythonValues;
import io.polyport.plugins.patchwork.store.State;
import io.polyport.plugins.patchwork.store.States;
import io.polyport.plugins.patchwork.store.Threads;
import io.polyport.plugins.patchwork.store.Timestamps;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Patchwork's XML-RPC methods over the plugin's tables. */
public final class PatchworkApiImpl implements PatchworkApi {
    private static final List<Integer> VERSION = List.of(1, 3, 0);

    private final PluginDatabase db;
    private final Clock clock;

    public PatchworkApiImpl(PluginDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Integer> pw_rpc_version() {
        return VERSION;
    }

    @Override
    public List<Map<String, Object>> project_list(String search_str, int max_count) {
        return db.read(c -> Slices.limit(Projects.all(c).stream().filter(p -> contains(p.linkname(), search_str))
                .toList(), max_count).stream().map(Structs::project).toList());
    }

    @Override
    public Map<String, Object> project_get(int project_id) {
        return db.read(c -> struct(Projects.byId(c, project_id), Structs::project));
    }

    @Override
    public List<Map<String, Object>> person_list(String search_str, int max_count) {
        return db.read(c -> Slices.limit(isEmpty(search_str) ? People.all(c) : People.search(c, search_str),
                max_count).stream().map(Structs::person).toList());
    }

    @Override
    public Map<String, Object> person_get(int person_id) {
        return db.read(c -> struct(People.byId(c, person_id), Structs::person));
    }

    @Override
    public List<Map<String, Object>> patch_list(Map<String, Object> filt) {
        return filtered(filt, Filters::patches, Patches::list, Structs::patch);
    }

    @Override
    public Map<String, Object> patch_get(int patch_id) {
        return db.read(c -> struct(Patches.byId(c, patch_id), Structs::patch));
    }

    @Override
    public Map<String, Object> patch_get_by_hash(String hash) {
        return db.read(c -> struct(Patches.byHash(c, hash), Structs::patch));
    }

    @Override
    public Map<String, Object> patch_get_by_project_hash(String project, String hash) {
        return db.read(c -> struct(Patches.byProjectAndHash(c, project, hash), Structs::patch));
    }

    @Override
    public String patch_get_mbox(int patch_id) {
        return db.read(c -> Patches.mailParts(c, patch_id).map(p -> new MboxWriter.Source(p.id(),
                        Timestamps.parse(p.date()), p.headers(), p.content(), p.diff(), p.submitter().name(),
                        p.submitter().email(), p.listEmail(), repliesOf(c, p.id())))
                .map(MboxWriter::write).orElse(""));
    }

    @Override
    public String patch_get_diff(int patch_id) {
        return db.read(c -> Patches.diff(c, patch_id).map(d -> d.orElse("")).orElse(""));
    }

    @Override
    public boolean patch_set(Caller caller, int patch_id, Map<String, Object> params) {
        return db.transaction(c -> {
            PatchSummary patch = editablePatch(c, caller, patch_id);
            for (Map.Entry<String, Object> entry : params.entrySet()) {
                Object value = entry.getValue();
                switch (entry.getKey()) {
                    case "state" -> Patches.setState(c, patch.id(), States.byId(c, Values.id(value))
                            .orElseThrow(() -> Faults.missing("State")).id());
                    case "commit_ref" -> Patches.setCommitRef(c, patch.id(), value == null ? null
                            : String.valueOf(value));
                    case "archived" -> Patches.setArchived(c, patch.id(), PythonValues.truthy(value));
                    default -> {
                        // Patchwork ignores the other fields
                    }
                }
            }
            return true;
        });
    }

    @Override
    public List<Map<String, Object>> state_list(String search_str, int max_count) {
        return db.read(c -> Slices.limit(isEmpty(search_str) ? States.all(c) : States.search(c, search_str),
                max_count).stream().map(Structs::state).toList());
    }

    @Override
    public Map<String, Object> state_get(int state_id) {
        return db.read(c -> struct(States.byId(c, state_id), Structs::state));
    }

    @Override
    public List<Map<String, Object>> check_list(Map<String, Object> filt) {
        return filtered(filt, Filters::checks, Checks::list, Structs::check);
    }

    @Override
    public Map<String, Object> check_get(int check_id) {
        return db.read(c -> struct(Checks.byId(c, check_id), Structs::check));
    }

    @Override
    public boolean check_create(Caller caller, int patch_id, String context, String state, String target_url,
                                String description) {
        return db.transaction(c -> {
            PatchSummary patch = editablePatch(c, caller, patch_id);
            CheckState checkState = CheckState.ofLabel(state).orElseThrow(() -> Faults.invalidCheckState(state));
            Checks.insert(c, patch.id(), People.account(c, caller.name()), Timestamps.format(clock.instant()),
                    checkState, target_url == null ? "" : target_url, description == null ? "" : description,
                    context);
            return true;
        });
    }

    @Override
    public Map<String, Object> patch_check_get(int patch_id) {
        return db.read(c -> {
            if (Patches.byId(c, patch_id).isEmpty()) {
                return Map.of();
            }
            List<CheckResult> latest = Checks.latest(c, patch_id);
            Map<String, Object> combined = new LinkedHashMap<>();
            combined.put("state", combinedState(latest).label());
            combined.put("total", latest.size());
            combined.put("checks", latest.stream().map(Structs::check).toList());
            return combined;
        });
    }

    /** Reads a filter struct, lists what it selects, keeps {@code max_count} of them and makes them structs. */
    private <T> List<Map<String, Object>> filtered(Map<String, Object> filt, Selector selector, Lister<T> lister,
                                                   Function<T, Map<String, Object>> toStruct) {
        return db.read(c -> {
            Optional<Filters.Selection> selection = selector.select(c, db.dialect(), filt == null ? Map.of() : filt);
            if (selection.isEmpty()) {
                return List.of();
            }
            return Slices.limit(lister.list(c, selection.get().conditions()), selection.get().maxCount()).stream()
                    .map(toStruct).toList();
        });
    }

    /** Reads a list method's filter struct. */
    @FunctionalInterface
    private interface Selector {
        Optional<Filters.Selection> select(Connection c, PluginDatabase.Dialect dialect, Map<String, Object> filter)
                throws SQLException;
    }

    /** Lists the rows matching conditions. */
    @FunctionalInterface
    private interface Lister<T> {
        List<T> list(Connection c, Conditions conditions) throws SQLException;
    }

    /** The patch, when the caller is authenticated and may edit it (Patchwork's {@code Patch.is_editable}). */
    private static PatchSummary editablePatch(Connection c, Caller caller, int patchId) throws SQLException {
        if (!caller.authenticated()) {
            throw Faults.noCredentials();
        }
        PatchSummary patch = Patches.byId(c, patchId).orElseThrow(() -> Faults.missing("Patch"));
        boolean editable = caller.name().equals(patch.submitter().username())
                || caller.name().equals(patch.delegateUsername())
                || Projects.isMaintainer(c, patch.projectId(), caller.name());
        if (!editable) {
            throw Faults.notEditable();
        }
        return patch;
    }

    private static CheckState combinedState(List<CheckResult> checks) {
        if (checks.isEmpty()) {
            return CheckState.PENDING;
        }
        for (CheckState state : List.of(CheckState.FAIL, CheckState.WARNING, CheckState.PENDING)) {
            if (checks.stream().anyMatch(check -> check.state() == state)) {
                return state;
            }
        }
        return CheckState.SUCCESS;
    }

    private static List<String> repliesOf(Connection c, long patchId) {
        try {
            return Threads.replies(c, patchId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> Map<String, Object> struct(Optional<T> item, Function<T, Map<String, Object>> toStruct) {
        return item.map(toStruct).orElse(Map.of());
    }

    private static boolean contains(String value, String search) {
        return isEmpty(search) || value.toLowerCase(java.util.Locale.ROOT)
                .contains(search.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }
}
