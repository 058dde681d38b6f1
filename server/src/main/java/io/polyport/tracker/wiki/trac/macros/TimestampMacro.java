package io.polyport.tracker.wiki.trac.macros;

import io.polyport.core.wiki.MacroContext;
import io.polyport.core.wiki.WikiMacro;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** {@code [[Timestamp]]}: the time of rendering, in bold (UTC, ISO 8601). */
public final class TimestampMacro implements WikiMacro {
    private final Clock clock;

    public TimestampMacro(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "Timestamp";
    }

    @Override
    public String description() {
        return "Inserts the current date and time (UTC).";
    }

    @Override
    public String expand(String arguments, MacroContext context) {
        return "<strong>" + DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS))
                + "</strong>";
    }
}
