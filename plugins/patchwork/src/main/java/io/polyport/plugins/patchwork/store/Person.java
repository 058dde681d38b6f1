package io.polyport.plugins.patchwork.store;

/**
 * Someone who sent mail to a list, known by address.
 *
 * @param id       its number
 * @param email    the address
 * @param name     the latest name it sent mail under, or null
 * @param username the Polyport user it is linked to, or null
 */
public record Person(long id, String email, String name, String username) {
    /** As Patchwork prints a person: {@code Name <address>}, or the address alone. */
    public String display() {
        return name == null || name.isEmpty() ? email : name + " <" + email + ">";
    }
}
