package io.polyport.server.auth;

import java.time.Duration;

/**
 * The {@code login} section: how many failed authentications a user name and a client address may collect in
 * one window before further attempts are refused (429) without checking the password.
 *
 * @param maxFailuresPerUser    failures per user name and window, default 5
 * @param maxFailuresPerAddress failures per client address and window, default 20
 * @param windowSeconds         the window, default 60 seconds
 */
public record LoginConfig(Integer maxFailuresPerUser, Integer maxFailuresPerAddress, Integer windowSeconds) {
    public LoginConfig {
        maxFailuresPerUser = maxFailuresPerUser == null ? 5 : maxFailuresPerUser;
        maxFailuresPerAddress = maxFailuresPerAddress == null ? 20 : maxFailuresPerAddress;
        windowSeconds = windowSeconds == null ? 60 : windowSeconds;
        if (maxFailuresPerUser < 1 || maxFailuresPerAddress < 1 || windowSeconds < 1) {
            throw new IllegalArgumentException("login.maxFailuresPerUser, login.maxFailuresPerAddress and "
                    + "login.windowSeconds must be at least 1");
        }
    }

    public Duration window() {
        return Duration.ofSeconds(windowSeconds);
    }
}
