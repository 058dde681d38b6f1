package io.polyport.plugins.rt.ticket;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RT's numeric priorities over Polyport's priority names. Each name has a number (configured, or 10 per step from
 * the lowest up); a number a client sends selects the name whose number is nearest, the higher one on a tie.
 */
public final class Priorities {
    private final Map<String, Integer> numberByName = new LinkedHashMap<>();

    /** {@code names} as {@code ticket.priority.getAll} lists them, highest first. */
    public Priorities(List<String> names, Map<String, Integer> configured) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            numberByName.put(name, configured.getOrDefault(name, (names.size() - i) * 10));
        }
    }

    /** The number shown for a priority name ({@code 0} for none or an unknown name). */
    public int number(String name) {
        return numberByName.getOrDefault(name, 0);
    }

    /** The priority name for an RT number; empty when there are no priorities. */
    public String name(int number) {
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        int bestNumber = Integer.MIN_VALUE;
        for (Map.Entry<String, Integer> entry : numberByName.entrySet()) {
            int distance = Math.abs(entry.getValue() - number);
            if (distance < bestDistance || (distance == bestDistance && entry.getValue() > bestNumber)) {
                best = entry.getKey();
                bestDistance = distance;
                bestNumber = entry.getValue();
            }
        }
        return best;
    }

    /** The names whose numbers satisfy {@code test}. */
    public List<String> namesWhere(java.util.function.IntPredicate test) {
        return numberByName.entrySet().stream().filter(e -> test.test(e.getValue())).map(Map.Entry::getKey).toList();
    }
}
