package io.polyport.plugins.patchwork.api;

import io.polyport.plugins.patchwork.store.PythonValues;

/** Ids in client structs, refused with Patchwork's fault when they are not numbers. */
final class Values {
    private Values() {
    }

    static long id(Object value) {
        try {
            return PythonValues.number(value);
        } catch (IllegalArgumentException e) {
            throw Faults.valueError(e.getMessage());
        }
    }
}
