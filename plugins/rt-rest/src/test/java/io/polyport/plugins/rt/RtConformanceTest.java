package io.polyport.plugins.rt;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.invoke.Caller;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.registry.ValueType;
import io.polyport.core.spi.Protocol;
import io.polyport.plugins.rt.form.RtForm;
import io.polyport.plugins.rt.form.RtForms;
import io.polyport.testkit.plugin.MemorySessions;
import io.polyport.testkit.protocol.Outcome;
import io.polyport.testkit.protocol.ProtocolAdapter;
import io.polyport.testkit.protocol.ProtocolConformance;
import io.polyport.testkit.protocol.ProtocolConformanceTest;
import io.polyport.testkit.protocol.SampleCall;
import io.polyport.testkit.protocol.WireRequest;
import io.polyport.testkit.protocol.WireResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RT protocol under the plugin conformance kit. RT's REST 1.0 is a resource protocol: it exposes
 * {@code ticket.get} (as {@code ticket/N/show}) and {@code ticket.create} (as {@code ticket/new}); the kit's other
 * checks do not apply to it and are reported as skipped. Gateway refusals and permissions are checked as for any
 * protocol.
 */
class RtConformanceTest extends ProtocolConformanceTest {
    private static final Set<String> COVERED = Set.of("ticket.get", "ticket.create");
    private static final Pattern CREATED = Pattern.compile("# Ticket (\\d+) created\\.");

    @Override
    protected Protocol protocol() {
        return new RtProtocol(new RtConfig(null, null, null, null, null, null), new MemorySessions(Clock.systemUTC()));
    }

    @Override
    protected ProtocolConformance conformance() {
        return super.conformance().withServices(RtConformanceTest::catalog, List.of(
                SampleCall.labelled("in the queue", "ticket.create", "Queued", "Text.", Map.of()),
                SampleCall.of("ticket.getTicketFields"), SampleCall.of("ticket.component.getAll"),
                SampleCall.of("ticket.priority.getAll"), SampleCall.of("ticket.status.getAll"),
                SampleCall.of("ticket.resolution.getAll")));
    }

    private static List<ServiceBinding<?>> catalog() {
        TicketCatalogStandIn.Fields fields = () -> List.of(
                Map.of("name", "summary", "label", "Summary", "type", "text"),
                Map.of("name", "component", "label", "Component", "type", "select", "options", List.of("General")));
        return List.of(ServiceBinding.of(TicketCatalogStandIn.Fields.class, fields),
                ServiceBinding.of(TicketCatalogStandIn.Components.class, () -> List.of("General")),
                ServiceBinding.of(TicketCatalogStandIn.Priorities.class, () -> List.of("major", "minor")),
                ServiceBinding.of(TicketCatalogStandIn.Statuses.class, () -> List.of("new", "closed")),
                ServiceBinding.of(TicketCatalogStandIn.Resolutions.class, () -> List.of("fixed")));
    }

    @Override
    protected ProtocolAdapter adapter() {
        return new ProtocolAdapter() {
            @Override
            public WireRequest encode(String method, List<?> args) {
                if (method.equals("ticket.create")) {
                    String content = "Queue: General\nSubject: " + args.get(0) + "\nText: " + args.get(1);
                    return new WireRequest("POST", "/ticket/new",
                            Map.of("Content-Type", "application/x-www-form-urlencoded"), Map.of(),
                            ("content=" + URLEncoder.encode(content, StandardCharsets.UTF_8))
                                    .getBytes(StandardCharsets.UTF_8));
                }
                if (method.equals("ticket.get")) {
                    return new WireRequest("GET", "/ticket/" + args.get(0) + "/show", Map.of(), Map.of(),
                            new byte[0]);
                }
                return new WireRequest("GET", "", Map.of(), Map.of(), new byte[0]);
            }

            @Override
            public Outcome decode(WireResponse response, ValueType returnType) {
                String text = response.text();
                String status = text.substring(0, text.indexOf('\n'));
                if (!status.matches("RT/\\S+ \\d{3} .*")) {
                    throw new IllegalArgumentException("no RT status line: " + status);
                }
                String code = status.split(" ")[1];
                String content = text.substring(text.indexOf("\n\n") + 2);
                if (!code.equals("200")) {
                    return Outcome.failed(code, content.strip());
                }
                Matcher created = CREATED.matcher(content);
                if (created.find()) {
                    return Outcome.returned(Integer.parseInt(created.group(1)));
                }
                if (content.startsWith("# You are not allowed")) {
                    return Outcome.failed("403", content.strip());
                }
                if (content.matches("(?s)# Ticket \\S+ does not exist\\..*")) {
                    return Outcome.failed("404", content.strip());
                }
                RtForm form = RtForms.parseOne(content);
                return Outcome.returned(Map.of("id", form.value("id").orElse(""),
                        "Subject", form.value("Subject").orElse("")));
            }

            @Override
            public Object shown(String method, Object result) {
                if (method.equals("ticket.get")) {
                    List<?> ticket = (List<?>) result;
                    return Map.of("id", "ticket/" + ticket.get(0),
                            "Subject", String.valueOf(((Map<?, ?>) ticket.get(3)).get("summary")));
                }
                return result;
            }

            @Override
            public String errorCode(ErrorCode code, Caller caller) {
                if (!caller.authenticated()) {
                    return "401";
                }
                return switch (code) {
                    case PERMISSION_DENIED -> "403";
                    case NOT_FOUND -> "404";
                    case VALIDATION_FAILED, INVALID_PARAMS, CONFLICT -> "409";
                    case INTERNAL -> "500";
                    default -> "400";
                };
            }

            @Override
            public boolean requiresAuthentication() {
                return true;
            }

            @Override
            public boolean covers(String method) {
                return COVERED.contains(method);
            }
        };
    }
}
