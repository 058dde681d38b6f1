package io.polyport.core.spi;

/**
 * Bounds every protocol applies to client input.
 *
 * @param maxBodyBytes     the largest request body the gateway accepts (larger ones get 413 before any protocol)
 * @param maxNestingDepth  the deepest nesting of arrays and structs a parser accepts
 * @param maxStringLength  the longest single string or binary value, in characters of its encoded form
 * @param maxBatchSize     the most calls one batch or multicall may hold
 */
public record Limits(int maxBodyBytes, int maxNestingDepth, int maxStringLength, int maxBatchSize) {
    /** 10 MiB bodies, depth 64, strings up to the body size, 1,000 calls per batch. */
    public static final Limits DEFAULT = new Limits(10 * 1024 * 1024, 64, 15 * 1024 * 1024, 1000);
}
