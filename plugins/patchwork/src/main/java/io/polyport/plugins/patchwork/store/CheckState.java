package io.polyport.plugins.patchwork.store;

import java.util.Arrays;
import java.util.Optional;

/** A check's outcome, stored as Patchwork's number and named as Patchwork names it. */
public enum CheckState {
    PENDING(0), SUCCESS(1), WARNING(2), FAIL(3);

    private final int code;

    CheckState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The wire name: {@code pending}, {@code success}, {@code warning}, {@code fail}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static CheckState ofCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("check state " + code));
    }

    /** The state whose {@link #label()} is exactly {@code label}. */
    public static Optional<CheckState> ofLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst();
    }
}
