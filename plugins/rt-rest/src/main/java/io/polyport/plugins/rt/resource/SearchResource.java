package io.polyport.plugins.rt.resource;

import io.polyport.plugins.rt.form.RtForm;
import io.polyport.plugins.rt.form.RtForms;
import io.polyport.plugins.rt.http.RtReply;
import io.polyport.plugins.rt.http.RtRequest;
import io.polyport.plugins.rt.http.RtStatus;
import io.polyport.plugins.rt.query.InvalidQueryException;
import io.polyport.plugins.rt.query.TicketSqlTranslator;
import io.polyport.plugins.rt.ticket.RtModel;
import io.polyport.plugins.rt.ticket.TicketSnapshot;
import io.polyport.plugins.rt.ticket.TicketView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code search/ticket?query=TicketSQL&orderby=...&format=s|i|l&fields=...}: the query becomes one Polyport ticket
 * query; the results are listed as {@code N: Subject}, {@code ticket/N} or whole tickets.
 */
final class SearchResource {
    private final RtModel model;
    private final RtRequest request;

    SearchResource(RtModel model, RtRequest request) {
        this.model = model;
        this.request = request;
    }

    RtReply tickets() {
        String ticketSql = request.param("query").orElse("");
        Optional<String> query;
        try {
            query = new TicketSqlTranslator(model, model.tracker().statuses(), model.tracker().resolutions(),
                    model.queues().hiddenFrom(request.context().caller()))
                    .translate(ticketSql, request.param("orderby").orElse(""));
        } catch (InvalidQueryException e) {
            return RtReply.of(RtStatus.BAD_QUERY, "Invalid query: '" + e.getMessage() + "'.\n\n");
        }
        List<Integer> ids = query.map(q -> model.tracker().query(q)).orElse(List.of());
        if (ids.isEmpty()) {
            return RtReply.ok("No matching results.\n\n");
        }
        String format = request.param("format").orElse("s").toLowerCase(Locale.ROOT);
        StringBuilder text = new StringBuilder();
        switch (format) {
            case "i" -> ids.forEach(id -> text.append("ticket/").append(id).append('\n'));
            case "l" -> {
                Set<String> only = new LinkedHashSet<>();
                request.param("fields").ifPresent(f -> Arrays.stream(f.split(","))
                        .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).forEach(only::add));
                TicketView view = new TicketView(model);
                List<RtForm> forms = new ArrayList<>();
                ids.forEach(id -> forms.add(view.show(model.tracker().get(id), only)));
                text.append(RtForms.compose(forms));
            }
            default -> ids.forEach(id -> {
                TicketSnapshot ticket = model.tracker().get(id);
                text.append(id).append(": ").append(ticket.value("summary")).append('\n');
            });
        }
        return RtReply.ok(text.append('\n').toString());
    }
}
