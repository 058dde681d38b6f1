package io.polyport.core.plugin;

import io.polyport.core.event.DomainEvents;
import io.polyport.core.invoke.Invoker;
import java.util.List;
import org.slf4j.Logger;

/**
 * The narrow view of the server a plugin gets in {@link Plugin#start}: its configuration, the database, the invoker,
 * domain events and a logger. Nothing else of the server's internals is reachable.
 */
public interface PluginContext {

    /** The plugin's own descriptor. */
    PluginDescriptor descriptor();

    /**
     * Its configuration section {@code plugins.<id>}, bound to {@link Plugin#configType()} (defaults where the
     * section is absent).
     *
     * @throws IllegalStateException when {@code type} is not the declared configuration type
     */
    <T> T config(Class<T> type);

    /** Transactional access to the server's database. */
    PluginDatabase database();

    /**
     * The invoker, to call any published method with a caller's permissions (e.g. {@code ticket.get}). Usable once
     * the server serves; calling it during {@link Plugin#start} throws {@link IllegalStateException}.
     */
    Invoker invoker();

    /** Domain events: subscribe to what happens in the tracker, publish your own. */
    DomainEvents events();

    /** Every implementation of {@code point} contributed by any plugin; complete once the server serves. */
    <T> List<T> extensions(Class<T> point);

    /** Login sessions, for protocols whose clients log in once and send a cookie. */
    LoginSessions sessions();

    /** A logger named after the plugin. */
    Logger logger();
}
