package io.polyport.plugins.rt.resource;

import java.util.OptionalInt;

/** Ticket numbers in paths: digits only, within an int. */
final class TicketIds {
    private TicketIds() {
    }

    static OptionalInt parse(String text) {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(text));
    }
}
