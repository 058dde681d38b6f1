package io.polyport.tracker.search;

import com.google.inject.Module;
import io.polyport.core.invoke.Caller;
import io.polyport.server.config.Config;
import io.polyport.tracker.GatewayFixture;
import io.polyport.tracker.ticket.TicketModule;
import io.polyport.tracker.wiki.WikiModule;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Per test, a fresh SQLite database with the ticket, wiki and search modules wired by Guice behind a real gateway,
 * as the server wires them (see {@link GatewayFixture}); register it with {@code @RegisterExtension}.
 */
final class TrackerFixture extends GatewayFixture {
    static final String BASE = "http://tracker.example/env";

    TrackerFixture() {
        super(Config.defaults().with("search", "baseUrl", BASE).with("wiki", "baseUrl", BASE));
    }

    @Override
    protected List<Module> modules() {
        return List.of(new TicketModule(), new WikiModule(), new SearchModule());
    }

    static Caller caller(String name, String... actions) {
        return new Caller(name, true, Set.of(actions));
    }

    @SuppressWarnings("unchecked")
    List<List<Object>> search(Caller caller, String query, Object... filters) {
        return (List<List<Object>>) (filters.length == 0 ? call(caller, "search.performSearch", query)
                : call(caller, "search.performSearch", query, Arrays.asList(filters)));
    }

    /** The hrefs of a search as the administrator, in rank order. */
    List<String> hrefs(String query, Object... filters) {
        return search(ADMIN, query, filters).stream().map(hit -> (String) hit.get(0)).toList();
    }
}
