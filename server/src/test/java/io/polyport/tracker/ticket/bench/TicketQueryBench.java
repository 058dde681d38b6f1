package io.polyport.tracker.ticket.bench;

import io.polyport.server.testing.TestDatabases;
import static io.polyport.server.db.Tables.TICKET;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.event.DomainEvents;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import io.polyport.server.config.Config;
import io.polyport.server.event.TransactionalEvents;
import io.polyport.server.storage.Database;
import io.polyport.tracker.ticket.TicketModule;
import io.polyport.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.InsertValuesStepN;

/**
 * A benchmark, not a test: 100,000 tickets in a SQLite file, then the median time of {@code ticket.query} with
 * one indexed filter and of a {@code system.multicall} of 1,000 {@code ticket.get}, both through the gateway's
 * invoker (no HTTP). Run: {@code java -cp <test classpath> io.polyport.tracker.ticket.bench.TicketQueryBench}.
 */
public final class TicketQueryBench {
    private static final int TICKETS = 100_000;
    private static final String[] STATUSES = {"new", "assigned", "accepted", "reopened", "closed"};
    private static final String[] PRIORITIES = {"blocker", "critical", "major", "minor", "trivial"};
    private static final Caller ADMIN = new Caller("admin", true, Set.of("XML_RPC", "TRAC_ADMIN"));

    private TicketQueryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("ticket-bench");
        try (Database database = TestDatabases.open(dir)) {
            long start = System.nanoTime();
            fill(database);
            System.out.printf("created %,d tickets in %.1f s%n", TICKETS, (System.nanoTime() - start) / 1e9);
            Set<ServiceBinding<?>> services = Guice.createInjector(new TicketModule(), new AbstractModule() {
                @Override
                protected void configure() {
                    bind(Database.class).toInstance(database);
                bind(DomainEvents.class).toInstance(new TransactionalEvents(database));
                    bind(DomainEvents.class).toInstance(new TransactionalEvents(database));
                    bind(Config.class).toInstance(Config.defaults());
                }
            }).getInstance(Key.get(new TypeLiteral<Set<ServiceBinding<?>>>() { }));
            Gateway gateway = Gateway.of(services, Limits.DEFAULT);
            CallContext context = new CallContext(ADMIN, "bench", "b1");

            for (String query : List.of("status!=closed", "owner=user42", "owner=user42&order=id", "status=accepted",
                    "milestone=milestone2&status!=closed", "summary~=ticket 4242")) {
                report("ticket.query(\"" + query + "\")", () -> gateway.invoker().invoke(context, "ticket.query",
                        List.of(query)));
            }
            List<Object> calls = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                calls.add(Map.of("methodName", "ticket.get", "params", List.of(1 + i * 97)));
            }
            report("system.multicall(1,000 x ticket.get)", () -> gateway.invoker().invoke(context,
                    "system.multicall", List.of(calls)));
        }
        try (TestServer server = TestServer.start(Config.defaults(), dir)) {
            overHttp(server);
        }
    }

    /** The same multicall through the real server: JSON-RPC (Trac's multicall form) and XML-RPC. */
    private static void overHttp(TestServer server) {
        StringBuilder json = new StringBuilder("{\"method\": \"system.multicall\", \"id\": 1, \"params\": [");
        StringBuilder xml = new StringBuilder("<?xml version='1.0'?><methodCall><methodName>system.multicall"
                + "</methodName><params><param><value><array><data>");
        for (int i = 0; i < 1000; i++) {
            int id = 1 + i * 97;
            json.append(i == 0 ? "" : ", ").append("{\"method\": \"ticket.get\", \"params\": [").append(id)
                    .append("]}");
            xml.append("<value><struct><member><name>methodName</name><value>ticket.get</value></member>"
                    + "<member><name>params</name><value><array><data><value><int>").append(id)
                    .append("</int></value></data></array></value></member></struct></value>");
        }
        json.append("]}");
        xml.append("</data></array></value></param></params></methodCall>");
        report("HTTP JSON-RPC system.multicall(1,000 x ticket.get)", () -> checked(server.post("/login/jsonrpc",
                "application/json", json.toString(), "admin", TestServer.ADMIN_PASSWORD)));
        report("HTTP XML-RPC system.multicall(1,000 x ticket.get)", () -> checked(server.post("/login/xmlrpc",
                "text/xml", xml.toString(), "admin", TestServer.ADMIN_PASSWORD)));
    }

    private static String checked(HttpResponse<String> response) {
        if (response.statusCode() != 200 || response.body().contains("faultCode")
                || response.body().contains("\"error\": {")) {
            throw new IllegalStateException("unexpected response " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response.body();
    }

    private static void fill(Database database) {
        long now = System.currentTimeMillis() * 1000;
        database.transaction(dsl -> {
            for (int batch = 0; batch < TICKETS; batch += 1000) {
                InsertValuesStepN<?> insert = dsl.insertInto(TICKET).columns(List.of(TICKET.TYPE, TICKET.TIME, TICKET.CHANGETIME,
                        TICKET.COMPONENT, TICKET.SEVERITY, TICKET.PRIORITY, TICKET.OWNER, TICKET.REPORTER, TICKET.CC,
                        TICKET.VERSION, TICKET.MILESTONE, TICKET.STATUS, TICKET.RESOLUTION, TICKET.SUMMARY,
                        TICKET.DESCRIPTION, TICKET.KEYWORDS));
                for (int i = batch; i < batch + 1000; i++) {
                    insert = insert.values(Arrays.asList("defect", now + i, now + i, "component" + (1 + i % 2), "",
                            PRIORITIES[i % 5], "user" + (i % 100), "reporter" + (i % 50), "", "1.0",
                            "milestone" + (1 + i % 4), STATUSES[(i / 7) % 5], "", "ticket " + i,
                            "description of ticket " + i, "k" + (i % 10)));
                }
                insert.execute();
            }
            return null;
        });
    }

    private static void report(String what, Supplier<Object> call) {
        for (int i = 0; i < 20; i++) {
            call.get();
        }
        int runs = 31;
        long[] nanos = new long[runs];
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Object result = call.get();
            nanos[i] = System.nanoTime() - start;
            size = result instanceof List<?> list ? list.size() : result.toString().length();
        }
        Arrays.sort(nanos);
        System.out.printf("%-50s median %7.2f ms  (min %6.2f, max %7.2f; %d results or bytes)%n", what,
                nanos[runs / 2] / 1e6, nanos[0] / 1e6, nanos[runs - 1] / 1e6, size);
    }
}
