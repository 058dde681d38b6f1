package io.polyport.jsonrpc;

import java.util.List;

/**
 * What a request body holds: one request, or a JSON-RPC 2.0 batch whose responses go back as an array.
 *
 * @param batch    whether the body was a (non-empty) array
 * @param requests the requests in body order; exactly one when not a batch
 */
record ParsedBody(boolean batch, List<Request> requests) {
    ParsedBody {
        requests = List.copyOf(requests);
    }

    static ParsedBody single(Request request) {
        return new ParsedBody(false, List.of(request));
    }
}
