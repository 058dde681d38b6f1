package io.polyport.plugins.rt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.plugins.rt.query.InvalidQueryException;
import io.polyport.plugins.rt.query.TicketSql;
import io.polyport.plugins.rt.query.TicketSql.Condition;
import io.polyport.plugins.rt.query.TicketSql.Operator;
import io.polyport.plugins.rt.query.TicketSqlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TicketSQL as RT clients write it. */
class TicketSqlParserTest {

    @Test
    void andBindsTighterThanOrAndParenthesesGroup() {
        TicketSql sql = TicketSqlParser.parse("Queue = 'General' AND (Status = 'new' OR Status = \"open\") "
                + "OR id > 5");
        assertThat(sql).isEqualTo(new TicketSql.Or(List.of(
                new TicketSql.And(List.of(new Condition("Queue", Operator.EQUALS, "General"),
                        new TicketSql.Or(List.of(new Condition("Status", Operator.EQUALS, "new"),
                                new Condition("Status", Operator.EQUALS, "open"))))),
                new Condition("id", Operator.GREATER, "5"))));
    }

    @Test
    void everyOperator() {
        assertThat(TicketSqlParser.parse("Subject NOT LIKE 'x' and Owner is not null and Cc IS NULL "
                + "and Priority >= 3 and Priority <= 9 and Priority < 8 and Subject != 'a' and Subject <> 'b' "
                + "and Subject LIKE 'c'"))
                .isEqualTo(new TicketSql.And(List.of(
                        new Condition("Subject", Operator.NOT_LIKE, "x"),
                        new Condition("Owner", Operator.IS_NOT_NULL, ""),
                        new Condition("Cc", Operator.IS_NULL, ""),
                        new Condition("Priority", Operator.GREATER_OR_EQUAL, "3"),
                        new Condition("Priority", Operator.LESS_OR_EQUAL, "9"),
                        new Condition("Priority", Operator.LESS, "8"),
                        new Condition("Subject", Operator.NOT_EQUALS, "a"),
                        new Condition("Subject", Operator.NOT_EQUALS, "b"),
                        new Condition("Subject", Operator.LIKE, "c"))));
    }

    @Test
    void customFieldsQuotedOrNot() {
        assertThat(TicketSqlParser.parse("'CF.{Need For Approval}' = 'No'"))
                .isEqualTo(new Condition("CF.{Need For Approval}", Operator.EQUALS, "No"));
        assertThat(TicketSqlParser.parse("CF.{Need For Approval} = 'No'"))
                .isEqualTo(new Condition("CF.{Need For Approval}", Operator.EQUALS, "No"));
    }

    @Test
    void brokenQueriesSayWhatIsWrong() {
        assertThatThrownBy(() -> TicketSqlParser.parse("Subject = ")).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("ends where a value");
        assertThatThrownBy(() -> TicketSqlParser.parse("(Subject = 'x'")).hasMessage("a parenthesis is not closed");
        assertThatThrownBy(() -> TicketSqlParser.parse("Subject = 'x")).hasMessage("a quoted value is not closed");
        assertThatThrownBy(() -> TicketSqlParser.parse("Subject ~ 'x'")).hasMessageContaining("not an operator");
        assertThatThrownBy(() -> TicketSqlParser.parse("")).hasMessage("the query is empty");
        assertThatThrownBy(() -> TicketSqlParser.parse("Subject = 'x' 'y'")).hasMessage("unexpected 'y'");
    }

    @Test
    void hostileNestingIsRefusedNotRecursedInto() {
        String deep = "(".repeat(100_000) + "id = 1" + ")".repeat(100_000);
        assertThatThrownBy(() -> TicketSqlParser.parse(deep)).isInstanceOf(InvalidQueryException.class);
    }
}
