package io.polyport.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.rest.route.ResourceNames;
import io.polyport.rest.route.Route;
import io.polyport.rest.route.RouteRole;
import io.polyport.rest.route.RouteTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteDeriverTest {
    private final RouteTable table = RouteTable.of(new RestFixture().gateway.registry());

    private List<String> resourceRoutes() {
        return table.routes().stream().filter(r -> r.role() != RouteRole.CALL)
                .map(r -> r.httpMethod() + " " + r.path() + " -> " + r.method().name()).toList();
    }

    @Test
    void derivesTicketRoutesFromKindsIdsAndNames() {
        assertThat(resourceRoutes()).contains(
                "GET /tickets -> ticket.query",
                "GET /tickets/{id} -> ticket.get",
                "POST /tickets -> ticket.create",
                "PATCH /tickets/{id} -> ticket.update",
                "DELETE /tickets/{id} -> ticket.delete",
                "GET /tickets/{id}/changelog -> ticket.changeLog",
                "GET /tickets/{id}/actions -> ticket.getActions",
                "GET /tickets/{id}/attachments -> ticket.listAttachments",
                "GET /tickets/{id}/attachments/{filename} -> ticket.getAttachment",
                "PUT /tickets/{id}/attachments/{filename} -> ticket.putAttachment",
                "DELETE /tickets/{id}/attachments/{filename} -> ticket.deleteAttachment");
    }

    @Test
    void nestedServicesAndExplicitResourceNames() {
        assertThat(resourceRoutes()).contains(
                "GET /milestones -> ticket.milestone.getAll",
                "GET /milestones/{name} -> ticket.milestone.get",
                "POST /milestones -> ticket.milestone.create",
                "GET /wiki -> wiki.getAllPages",
                "GET /wiki/{pagename} -> wiki.getPage",
                "GET /wiki/{pagename}/info -> wiki.getPageInfo",
                "GET /wiki/{pagename}/versions -> wiki.getPageVersions",
                "GET /wiki/{pagename}/versions/{version} -> wiki.getPageVersion",
                "PUT /wiki/{pagename} -> wiki.putPage",
                "DELETE /wiki/{pagename} -> wiki.deletePage",
                "GET /system -> system.listMethods");
    }

    @Test
    void methodsWithoutResourceMeaningAreOnlyCalls() {
        List<String> routed = table.routes().stream().filter(r -> r.role() != RouteRole.CALL)
                .map(r -> r.method().name()).toList();
        assertThat(routed).doesNotContain("wiki.getAttachment", "wiki.wikiToHtml", "ticket.getRecentChanges",
                "system.multicall");
    }

    @Test
    void everyMethodHasACallRoute() {
        List<String> called = table.routes().stream()
                .filter(r -> r.role() == RouteRole.CALL && r.httpMethod().equals("POST"))
                .map(Route::path).toList();
        assertThat(called).hasSize(new RestFixture().gateway.registry().methods().size())
                .contains("/rpc/ticket.get", "/rpc/wiki.wikiToHtml", "/rpc/system.multicall");
    }

    @Test
    void literalSegmentsBeatVariables() {
        assertThat(table.match("GET", List.of("rpc", "ticket.get")).orElseThrow().route().role())
                .isEqualTo(RouteRole.CALL);
        assertThat(table.match("GET", List.of("tickets", "7")).orElseThrow().variables()).containsEntry("id", "7");
    }

    @Test
    void pluralsFollowEnglishSpelling() {
        assertThat(List.of("ticket", "priority", "status", "day", "match", "severity").stream()
                .map(ResourceNames::plural).toList())
                .containsExactly("tickets", "priorities", "statuses", "days", "matches", "severities");
    }
}
