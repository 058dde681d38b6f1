package io.polyport.server.config;

/**
 * A configuration entry that holds nothing but its {@code enabled} switch ({@code protocols.<name>}, or
 * {@code plugins.<id>} of a plugin without settings): binding to it refuses any other key.
 */
public record EmptySection() {
}
