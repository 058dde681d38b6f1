package io.polyport.server.timeline;

import static io.polyport.server.db.Tables.EVENT_LOG;

import java.util.Collection;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Journal events by kind: a full kind ({@code ticket.closed}) or a realm ({@code wiki}); none given means all. */
public final class EventKinds {
    private EventKinds() {
    }

    /** The condition selecting events of any of {@code kinds}. */
    public static Condition matching(Collection<String> kinds) {
        if (kinds.isEmpty()) {
            return DSL.trueCondition();
        }
        Condition any = DSL.falseCondition();
        for (String kind : kinds) {
            any = any.or(kind.contains(".") ? EVENT_LOG.KIND.eq(kind) : EVENT_LOG.KIND.startsWith(kind + "."));
        }
        return any;
    }
}
