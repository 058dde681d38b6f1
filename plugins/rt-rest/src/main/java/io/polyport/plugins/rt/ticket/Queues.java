package io.polyport.plugins.rt.ticket;

import io.polyport.core.invoke.Caller;
import io.polyport.plugins.rt.RtConfig.QueueRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RT's queues are Polyport's components; a queue's id is its position among them (1-based). A queue the
 * configuration marks restricted needs {@link #RESTRICTED_ACTION} to create, see or move tickets into it, which is
 * how RT's per-queue rights are expressed.
 */
public final class Queues {
    /** The permission action restricted queues need. */
    public static final String RESTRICTED_ACTION = "RT_QUEUE_RESTRICTED";

    /**
     * A queue.
     *
     * @param id          its position among the components, 1-based
     * @param name        the component's name
     * @param rule        what it demands
     */
    public record Queue(int id, String name, QueueRule rule) {
    }

    private final List<String> components;
    private final Map<String, QueueRule> rules;

    public Queues(List<String> components, Map<String, QueueRule> rules) {
        this.components = components;
        this.rules = rules;
    }

    /** The queue named {@code nameOrId} (a name, or a number as some clients send). */
    public Optional<Queue> find(String nameOrId) {
        String key = nameOrId.strip();
        int index = components.indexOf(key);
        if (index < 0 && !key.isEmpty() && key.chars().allMatch(Character::isDigit) && key.length() < 9) {
            index = Integer.parseInt(key) - 1;
        }
        if (index < 0 || index >= components.size()) {
            return Optional.empty();
        }
        String name = components.get(index);
        return Optional.of(new Queue(index + 1, name, rules.getOrDefault(name, new QueueRule(false, ""))));
    }

    /** Whether {@code caller} may create, see and move tickets into {@code queue}. */
    public static boolean allows(Caller caller, Queue queue) {
        return !queue.rule().restricted() || caller.has(RESTRICTED_ACTION);
    }

    /** The queues {@code caller} may not see, for search filters. */
    public List<String> hiddenFrom(Caller caller) {
        return components.stream().filter(name -> find(name).map(q -> !allows(caller, q)).orElse(false)).toList();
    }
}
