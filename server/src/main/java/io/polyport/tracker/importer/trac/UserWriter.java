package io.polyport.tracker.importer.trac;

import static io.polyport.server.db.Tables.USERS;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;

/**
 * Writes users with their full name, e-mail and htpasswd hash (checked and replaced with an Argon2id hash at the
 * first login). A user Polyport already has keeps its password; its full name and e-mail are taken from Trac.
 */
final class UserWriter implements KindWriter<TracUser> {
    private final DSLContext dsl;
    private final ImportReport report;
    private final long now = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());

    UserWriter(DSLContext dsl, ImportReport report) {
        this.dsl = dsl;
        this.report = report;
    }

    @Override
    public void write(TracUser user) {
        int inserted = dsl.insertInto(USERS)
                .set(USERS.NAME, user.name())
                .set(USERS.PASSWORD_HASH, user.passwordHash())
                .set(USERS.CREATED, now)
                .set(USERS.FULL_NAME, user.fullName())
                .set(USERS.EMAIL, user.email())
                .onConflictDoNothing()
                .execute();
        if (inserted == 0) {
            dsl.update(USERS).set(USERS.FULL_NAME, user.fullName()).set(USERS.EMAIL, user.email())
                    .where(USERS.NAME.eq(user.name())).execute();
            report.skip(UserReader.KIND, user.name() + " password", "user already exists in Polyport; its password"
                    + " was kept");
        }
    }
}
