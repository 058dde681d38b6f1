package io.polyport.server.cli;

import io.polyport.server.ServerParts;
import io.polyport.server.auth.Grant;
import io.polyport.server.auth.PermissionCatalog;
import io.polyport.server.auth.PermissionStore;
import io.polyport.server.storage.Database;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code polyport permission add|remove|list}: manage Trac-style permission grants and group memberships. */
@Command(name = "permission", description = {
        "Manage permission grants and group memberships.",
        "As in Trac, an UPPER_CASE ACTION is a permission and any other name a group that SUBJECT joins"
                + " (groups nest). Every caller has the grants of 'anonymous', every logged-in one also those of"
                + " 'authenticated'.",
        "A new database grants anonymous TICKET_VIEW, WIKI_VIEW, SEARCH_VIEW and MILESTONE_VIEW, and"
                + " authenticated TICKET_CREATE, TICKET_MODIFY, WIKI_CREATE and WIKI_MODIFY, as Trac does. Nobody"
                + " but admin (TRAC_ADMIN) may use RPC until granted XML_RPC, e.g. 'permission add authenticated"
                + " XML_RPC'."})
final class PermissionCommand {
    private final Terminal terminal;

    PermissionCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Command(name = "add", description = "Grant actions to a subject, or make it a member of groups.")
    int add(@Parameters(index = "0", paramLabel = "SUBJECT") String subject,
            @Parameters(index = "1..*", arity = "1..*", paramLabel = "ACTION") List<String> actions,
            @Mixin DataOptions data) {
        try (Database database = data.openDatabase()) {
            new PermissionStore(database).grant(subject, actions);
        }
        return 0;
    }

    @Command(name = "remove", description = "Revoke actions or group memberships from a subject (all or none).")
    int remove(@Parameters(index = "0", paramLabel = "SUBJECT") String subject,
               @Parameters(index = "1..*", arity = "1..*", paramLabel = "ACTION") List<String> actions,
               @Mixin DataOptions data) {
        try (Database database = data.openDatabase()) {
            new PermissionStore(database).revoke(subject, actions);
        }
        return 0;
    }

    @Command(name = "list", description = {"Print the grants, of one subject or of all, as 'subject action' lines.",
            "With --actions, print instead every known action (the gateway's and each enabled plugin's) with who"
                    + " declares it, what it implies and what it allows."})
    int list(@Parameters(arity = "0..1", paramLabel = "SUBJECT") String subject,
             @Option(names = "--actions", description = "List the known actions instead of the grants.")
             boolean actions,
             @Mixin DataOptions data) {
        if (actions) {
            return listActions(data);
        }
        try (Database database = data.openDatabase()) {
            PermissionStore store = new PermissionStore(database);
            List<Grant> grants = subject == null ? store.list() : store.list(subject);
            int width = grants.stream().mapToInt(grant -> grant.subject().length()).max().orElse(0);
            for (Grant grant : grants) {
                terminal.out().printf("%-" + width + "s  %s%n", grant.subject(), grant.action());
            }
        }
        return 0;
    }

    private int listActions(DataOptions data) {
        try (ServerParts parts = ServerParts.assemble(data.config())) {
            List<PermissionCatalog.Entry> entries = parts.permissions().entries();
            int width = entries.stream().mapToInt(entry -> entry.action().name().length()).max().orElse(0);
            for (PermissionCatalog.Entry entry : entries) {
                Set<String> implies = new TreeSet<>(entry.action().implies());
                terminal.out().printf("%-" + width + "s  %s  %s%s%n", entry.action().name(), entry.owner(),
                        entry.action().doc(), implies.isEmpty() ? "" : " Implies " + String.join(", ", implies) + ".");
            }
        }
        return 0;
    }
}
