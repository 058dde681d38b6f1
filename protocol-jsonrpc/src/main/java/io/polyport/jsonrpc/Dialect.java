package io.polyport.jsonrpc;

/**
 * The two request forms the protocol answers, each in its own response shape. A request is {@link #V2} when it
 * carries {@code "jsonrpc": "2.0"}; anything else is answered the way Trac answers it.
 */
enum Dialect {
    /** Trac's JSON-RPC 1.0 form: {@code result}, {@code error} and {@code id} always present. */
    TRAC,
    /** JSON-RPC 2.0: {@code jsonrpc} echoed, either {@code result} or {@code error}, notifications unanswered. */
    V2
}
