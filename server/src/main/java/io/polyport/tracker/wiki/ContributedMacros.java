package io.polyport.tracker.wiki;

import io.polyport.core.wiki.WikiMacro;
import java.util.List;

/**
 * Wiki macros that plugins contribute ({@code Contributions.extension(WikiMacro.class, ...)}), asked for at every
 * rendering: plugins start after the tracker, so the list is complete only once the server serves.
 */
@FunctionalInterface
public interface ContributedMacros {
    /** The macros contributed so far. */
    List<WikiMacro> macros();
}
