package io.polyport.plugins.patchwork.api;

import java.util.List;

/** Patchwork's {@code max_count}: positive keeps the first N, negative the last N, zero all. */
final class Slices {
    private Slices() {
    }

    static <T> List<T> limit(List<T> items, int maxCount) {
        if (maxCount > 0) {
            return items.subList(0, Math.min(maxCount, items.size()));
        }
        if (maxCount < 0) {
            return items.subList(Math.max(0, items.size() + maxCount), items.size());
        }
        return items;
    }

    static int count(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            throw Faults.valueError("invalid literal for int() with base 10: "
                    + io.polyport.plugins.patchwork.store.PythonValues.repr(value));
        }
    }
}
