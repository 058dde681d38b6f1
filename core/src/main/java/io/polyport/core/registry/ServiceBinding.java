package io.polyport.core.registry;

import java.util.Objects;

/**
 * A service interface annotated with {@code @RpcService} and the object that implements it.
 *
 * @param <T> the service interface
 */
public record ServiceBinding<T>(Class<T> type, T implementation) {
    public ServiceBinding {
        Objects.requireNonNull(type);
        Objects.requireNonNull(implementation);
        if (!type.isInstance(implementation)) {
            throw new IllegalArgumentException(implementation.getClass() + " does not implement " + type);
        }
    }

    public static <T> ServiceBinding<T> of(Class<T> type, T implementation) {
        return new ServiceBinding<>(type, implementation);
    }
}
