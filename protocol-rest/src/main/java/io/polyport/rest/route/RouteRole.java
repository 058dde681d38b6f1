package io.polyport.rest.route;

/** What a route does to its resource, which decides how a request is answered. */
public enum RouteRole {
    /** {@code GET /things}: a paged, sortable, filterable list. */
    LIST,
    /** {@code POST /things}: creates one, answers 201 with {@code Location}. */
    CREATE,
    /** {@code GET /things/{id}}: one resource, with an {@code ETag}. */
    READ,
    /** {@code PATCH} or {@code PUT /things/{id}}: changes one, guarded by {@code If-Match}. */
    UPDATE,
    /** {@code DELETE /things/{id}}: removes one, guarded by {@code If-Match}. */
    DELETE,
    /** A part of one resource ({@code /things/{id}/changelog}, {@code /things/{id}/attachments/{name}}). */
    PART,
    /** {@code POST /rpc/{method}}: any method, with a JSON array or object of parameters. */
    CALL
}
