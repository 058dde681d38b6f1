package io.polyport.server.auth;

import static io.polyport.server.db.Tables.PERMISSIONS;

import io.polyport.core.error.RpcException;
import io.polyport.server.storage.Database;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Permission grants, stored as Trac stores them: (subject, action) rows where an upper-case action is a
 * permission and any other value is a group the subject joins. Subjects need not be existing users (groups
 * exist only through their grants).
 */
@Singleton
public final class PermissionStore {
    private final Database database;

    @Inject
    public PermissionStore(Database database) {
        this.database = database;
    }

    /** Grants each of {@code actions} (actions or groups) to {@code subject}; granting twice is harmless. */
    public void grant(String subject, Collection<String> actions) {
        Names.requireSubject(subject);
        actions.forEach(Names::requireGrantable);
        if (actions.contains(subject)) {
            throw RpcException.invalid("'" + subject + "' cannot be a member of itself");
        }
        database.transaction(dsl -> {
            for (String action : actions) {
                dsl.insertInto(PERMISSIONS).set(PERMISSIONS.SUBJECT, subject).set(PERMISSIONS.ACTION, action)
                        .onConflictDoNothing()
                        .execute();
            }
            return null;
        });
    }

    /** Revokes each of {@code actions} from {@code subject}; all or nothing, failing if one is not granted. */
    public void revoke(String subject, Collection<String> actions) {
        database.transaction(dsl -> {
            for (String action : actions) {
                int deleted = dsl.deleteFrom(PERMISSIONS)
                        .where(PERMISSIONS.SUBJECT.eq(subject), PERMISSIONS.ACTION.eq(action))
                        .execute();
                if (deleted == 0) {
                    throw RpcException.notFound("'" + subject + "' does not have '" + action + "'");
                }
            }
            return null;
        });
    }

    /** Every grant, by subject then action. */
    public List<Grant> list() {
        return database.dsl().selectFrom(PERMISSIONS).orderBy(PERMISSIONS.SUBJECT, PERMISSIONS.ACTION)
                .fetch(row -> new Grant(row.getSubject(), row.getAction()));
    }

    /** The grants made directly to {@code subject}, by action. */
    public List<Grant> list(String subject) {
        return database.dsl().selectFrom(PERMISSIONS).where(PERMISSIONS.SUBJECT.eq(subject)).orderBy(PERMISSIONS.ACTION)
                .fetch(row -> new Grant(row.getSubject(), row.getAction()));
    }

    /**
     * What {@code subject} holds now: its own actions and its groups', transitively, with the implications
     * {@code catalog} declares (read from the table, not from a cache).
     */
    public Set<String> effectiveActions(String subject, PermissionCatalog catalog) {
        return new GrantTable(list(), catalog).effectiveActions(List.of(subject));
    }
}
