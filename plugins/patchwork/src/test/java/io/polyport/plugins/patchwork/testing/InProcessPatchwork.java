package io.polyport.plugins.patchwork.testing;

import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.plugin.PluginDatabase;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import io.polyport.core.spi.testing.BufferedExchange;
import io.polyport.plugins.patchwork.api.PatchworkAdmin;
import io.polyport.plugins.patchwork.api.PatchworkAdminImpl;
import io.polyport.plugins.patchwork.api.PatchworkApi;
import io.polyport.plugins.patchwork.api.PatchworkApiImpl;
import io.polyport.xmlrpc.XmlRpcProtocol;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The plugin's services on a real SQLite file, published through core's gateway and served by the real XML-RPC
 * protocol, without an HTTP server.
 */
public final class InProcessPatchwork {
    public static final Caller ADMIN = new Caller("admin", true, Set.of("TRAC_ADMIN"));
    public static final Caller MAINT = new Caller("maint", true, Set.of("XML_RPC", "PATCH_VIEW"));
    public static final Caller USER = new Caller("user", true, Set.of("XML_RPC", "PATCH_VIEW"));
    public static final Caller ANONYMOUS = Caller.anonymous(Set.of("XML_RPC", "PATCH_VIEW"));

    private final Gateway gateway;
    private final XmlRpcProtocol xmlRpc = new XmlRpcProtocol();

    private InProcessPatchwork(PluginDatabase db) {
        Clock clock = Clock.systemUTC();
        this.gateway = Gateway.of(List.of(
                ServiceBinding.of(PatchworkApi.class, new PatchworkApiImpl(db, clock)),
                ServiceBinding.of(PatchworkAdmin.class, new PatchworkAdminImpl(db, clock))), Limits.DEFAULT);
    }

    /** An empty patch tracker on SQLite. */
    public static InProcessPatchwork empty() {
        return empty(PluginDatabase.Dialect.SQLITE);
    }

    /** An empty patch tracker on a database of {@code dialect}. */
    public static InProcessPatchwork empty(PluginDatabase.Dialect dialect) {
        return new InProcessPatchwork(TestDatabase.of(dialect));
    }

    /** A patch tracker on SQLite holding the reference data ({@link FixtureData}). */
    public static InProcessPatchwork withFixtures() throws Exception {
        return withFixtures(PluginDatabase.Dialect.SQLITE);
    }

    /** A patch tracker on a database of {@code dialect} holding the reference data. */
    public static InProcessPatchwork withFixtures(PluginDatabase.Dialect dialect) throws Exception {
        InProcessPatchwork patchwork = empty(dialect);
        FixtureData.load((method, args) -> patchwork.call(ADMIN, method, args));
        return patchwork;
    }

    /** Calls a method through the invoker; the result is a neutral value. */
    public Object call(Caller caller, String method, Object... args) {
        return gateway.invoker().invoke(new CallContext(caller, "test", "t"), method, List.of(args));
    }

    /** Posts an XML-RPC request body; the response body. */
    public String xmlRpc(Caller caller, String body) {
        BufferedExchange exchange = BufferedExchange.post("/xmlrpc/", "text/xml", body,
                new CallContext(caller, xmlRpc.name(), "t"));
        xmlRpc.handle(exchange, gateway);
        return new String(exchange.responseBody(), StandardCharsets.UTF_8);
    }
}
