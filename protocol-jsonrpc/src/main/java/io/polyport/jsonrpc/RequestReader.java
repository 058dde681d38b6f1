package io.polyport.jsonrpc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.polyport.core.error.ErrorCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a request body with Jackson's streaming parser: one request object, or an array of them (a JSON-RPC
 * 2.0 batch). Everything that keeps the body from being read becomes a {@link Request#failed failed request}
 * with Trac's wording: invalid JSON, an exceeded limit or a bad class hint is -32700 "No JSON object could be
 * decoded (...)", a scalar body is -32700 "JSON object is not a dict". One instance reads one body.
 */
final class RequestReader {
    /** Jackson's pointers to its own configuration, which mean nothing to a client. */
    private static final Pattern JACKSON_REFERENCES =
            Pattern.compile(", from `[^`]*`|\\s*\\((?:start marker at )?\\[Source:[^\\]]*\\]\\)");

    private final JsonFactory json;
    private final int maxBatchSize;
    private JsonParser parser;
    private ValueReader values;
    private boolean sawVersion2;
    /** Set when reading stopped before the end of the body (a batch over the size limit). */
    private boolean stoppedEarly;

    RequestReader(JsonFactory json, int maxBatchSize) {
        this.json = json;
        this.maxBatchSize = maxBatchSize;
    }

    ParsedBody read(byte[] body) {
        try (JsonParser p = json.createParser(body)) {
            parser = p;
            values = new ValueReader(p);
            JsonToken first = p.nextToken();
            if (first == null) {
                return failed(RpcError.parseError("Expecting value: line 1 column 1 (char 0)"));
            }
            ParsedBody parsed = switch (first) {
                case START_OBJECT -> ParsedBody.single(readRequest());
                case START_ARRAY -> readBatch();
                default -> failed(new RpcError(ErrorCode.PARSE_ERROR.faultCode(), "JSON object is not a dict"));
            };
            if (!stoppedEarly && p.nextToken() != null) {
                return failed(RpcError.parseError("Extra data" + at(p.currentTokenLocation())));
            }
            return parsed;
        } catch (JsonProcessingException e) {
            return failed(RpcError.parseError(describe(e)));
        } catch (IOException e) {
            return failed(RpcError.parseError(e.getMessage()));
        }
    }

    private ParsedBody readBatch() throws IOException {
        sawVersion2 = true;
        List<Request> requests = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (requests.size() == maxBatchSize) {
                stoppedEarly = true;
                return failed(new RpcError(ErrorCode.LIMIT_EXCEEDED.faultCode(),
                        "A batch may hold at most " + maxBatchSize + " requests"));
            }
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                requests.add(asBatchItem(readRequest()));
            } else {
                parser.skipChildren();
                requests.add(Request.failed(Dialect.V2, RpcError.invalidRequest("a batch item must be an object")));
            }
        }
        if (requests.isEmpty()) {
            return failed(RpcError.invalidRequest("empty batch"));
        }
        return new ParsedBody(true, requests);
    }

    /**
     * A batch is JSON-RPC 2.0's, so an item that names no method (e.g. {@code {"foo": "boo"}}) is answered as a
     * 2.0 Invalid Request, as the specification's examples show; an item with a method but without
     * {@code "jsonrpc": "2.0"} is still served in Trac's form.
     */
    private static Request asBatchItem(Request item) {
        if (item.dialect() == Dialect.TRAC && item.method() == null && item.problem() == null) {
            return new Request(Dialect.V2, null, item.hasParams(), item.params(), item.hasId(), item.id(), null);
        }
        return item;
    }

    /** Reads the members of the request object the parser is on. */
    private Request readRequest() throws IOException {
        boolean version2 = false;
        Object method = null;
        boolean hasParams = false;
        Object params = null;
        boolean hasId = false;
        Object id = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String member = parser.currentName();
            parser.nextToken();
            switch (member) {
                case "jsonrpc" -> {
                    version2 = "2.0".equals(values.read());
                    sawVersion2 |= version2;
                }
                case "method" -> method = values.read();
                case "params" -> {
                    hasParams = true;
                    params = values.read();
                }
                case "id" -> {
                    hasId = true;
                    id = values.read();
                }
                default -> parser.skipChildren();
            }
        }
        Dialect dialect = version2 ? Dialect.V2 : Dialect.TRAC;
        String hintError = values.takeHintError();
        if (hintError != null) {
            return Request.failed(dialect, RpcError.parseError(hintError));
        }
        return new Request(dialect, method, hasParams, params, hasId, id, null);
    }

    private ParsedBody failed(RpcError problem) {
        return ParsedBody.single(Request.failed(sawVersion2 ? Dialect.V2 : Dialect.TRAC, problem));
    }

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        String first = JACKSON_REFERENCES.matcher(newline < 0 ? message : message.substring(0, newline)).replaceAll("");
        return first + at(e.getLocation());
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return ": line " + location.getLineNr() + " column " + location.getColumnNr();
    }
}
