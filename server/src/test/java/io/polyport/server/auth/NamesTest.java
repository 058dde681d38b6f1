package io.polyport.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void upperCaseNamesAreActionsAndOthersGroups() {
        assertThat(Names.isAction("TICKET_VIEW")).isTrue();
        assertThat(Names.isAction("XML_RPC")).isTrue();
        assertThat(Names.isAction("developers")).isFalse();
        assertThat(Names.isAction("Ticket_View")).isFalse();
    }

    @Test
    void userNamesMayBeEmailLikeButNotActionsPseudoGroupsOrOdd() {
        assertThat(Names.requireUserName("alice.smith@example.org")).isEqualTo("alice.smith@example.org");
        assertThat(Names.requireUserName("Bob_2")).isEqualTo("Bob_2");
        for (String bad : new String[] {"", "a b", "a:b", "-x", "ADMIN", "x".repeat(65), "tab\there", "anonymous", "authenticated"}) {
            assertThatThrownBy(() -> Names.requireUserName(bad)).as(bad)
                    .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        }
        assertThatThrownBy(() -> Names.requireUserName(null)).isInstanceOf(RpcException.class);
    }

    @Test
    void pseudoGroupsMayBeSubjectsAndGrantablesAreActionsOrGroups() {
        assertThat(Names.requireSubject("anonymous")).isEqualTo("anonymous");
        assertThat(Names.requireGrantable("TICKET_ADMIN")).isEqualTo("TICKET_ADMIN");
        assertThat(Names.requireGrantable("developers")).isEqualTo("developers");
        assertThatThrownBy(() -> Names.requireGrantable("not a group")).hasMessageStartingWith("invalid name 'not a group'");
        assertThatThrownBy(() -> Names.requireSubject("TICKET_VIEW"))
                .hasMessage("invalid name 'TICKET_VIEW': upper-case names are permission actions");
    }
}
