package io.polyport.server.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The implementations plugins contributed to extension points, published once every plugin has started. */
final class Extensions {
    private final Map<Class<?>, List<Object>> byPoint = new ConcurrentHashMap<>();

    /** Publishes {@code implementations} (point to implementations). */
    void publish(Map<Class<?>, List<Object>> implementations) {
        implementations.forEach((point, list) ->
                byPoint.computeIfAbsent(point, p -> new CopyOnWriteArrayList<>()).addAll(list));
    }

    /** The published implementations of {@code point}. */
    <T> List<T> of(Class<T> point) {
        List<T> found = new ArrayList<>();
        for (Object implementation : byPoint.getOrDefault(point, List.of())) {
            found.add(point.cast(implementation));
        }
        return List.copyOf(found);
    }
}
