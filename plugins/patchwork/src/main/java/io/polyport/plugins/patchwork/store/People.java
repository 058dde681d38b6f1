package io.polyport.plugins.patchwork.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Mail senders ({@code pw_person}) and the Polyport accounts the patch domain refers to ({@code pw_account}). */
public final class People {
    private static final String PERSON = "SELECT p.id, p.email, p.name, a.username FROM pw_person p"
            + " LEFT JOIN pw_account a ON a.id = p.account_id";

    private People() {
    }

    public static List<Person> all(Connection c) throws SQLException {
        return Sql.list(c, PERSON + " ORDER BY p.id", People::read);
    }

    /** People whose name or address contains {@code text}, ignoring case. */
    public static List<Person> search(Connection c, String text) throws SQLException {
        String pattern = Like.containing(text);
        return Sql.list(c, PERSON + " WHERE LOWER(p.name) LIKE ? ESCAPE '\\' OR LOWER(p.email) LIKE ? ESCAPE '\\'"
                + " ORDER BY p.id", People::read, pattern, pattern);
    }

    public static Optional<Person> byId(Connection c, long id) throws SQLException {
        return Sql.one(c, PERSON + " WHERE p.id = ?", People::read, id);
    }

    /**
     * The person sending from {@code email} (case-insensitive), created when new; a newly seen name replaces the
     * stored one, as Patchwork keeps the latest name.
     */
    public static Person getOrCreate(Connection c, String email, String name) throws SQLException {
        String key = email.toLowerCase(Locale.ROOT);
        Optional<Person> known = Sql.one(c, PERSON + " WHERE p.email_key = ?", People::read, key);
        if (known.isEmpty()) {
            long id = Sql.nextId(c, "person");
            Sql.update(c, "INSERT INTO pw_person (id, email, email_key, name) VALUES (?, ?, ?, ?)", id, email, key,
                    name);
            return byId(c, id).orElseThrow();
        }
        Person person = known.get();
        if (name != null && !name.isEmpty() && !name.equals(person.name())) {
            Sql.update(c, "UPDATE pw_person SET name = ? WHERE id = ?", name, person.id());
            return new Person(person.id(), person.email(), name, person.username());
        }
        return person;
    }

    /** Links a person to a Polyport account (or unlinks it with null). */
    public static void link(Connection c, long personId, Long accountId) throws SQLException {
        Sql.update(c, "UPDATE pw_person SET account_id = ? WHERE id = ?", accountId, personId);
    }

    /** The account number of {@code username}, created on first use. */
    public static long account(Connection c, String username) throws SQLException {
        Optional<Long> id = accountId(c, username);
        if (id.isPresent()) {
            return id.get();
        }
        long created = Sql.nextId(c, "account");
        Sql.update(c, "INSERT INTO pw_account (id, username) VALUES (?, ?)", created, username);
        return created;
    }

    /** The account number of {@code username}, if the patch domain has referred to it. */
    public static Optional<Long> accountId(Connection c, String username) throws SQLException {
        return Sql.id(c, "SELECT id FROM pw_account WHERE username = ?", username);
    }

    private static Person read(ResultSet rs) throws SQLException {
        return new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }
}
