package io.polyport.core.annotation;

/**
 * What a method does, in protocol-neutral words. Protocols that model resources (REST, OpenAPI) derive
 * routes and HTTP verbs from it; call-style protocols ignore it.
 */
public enum MethodKind {
    /** Returns one resource, identified by the parameter marked {@link Id}. Never changes data. */
    READ,
    /** Returns many resources or their identifiers. Never changes data. */
    LIST,
    /** Creates a resource. */
    CREATE,
    /** Changes the resource identified by the {@link Id} parameter. */
    UPDATE,
    /** Removes the resource identified by the {@link Id} parameter. */
    DELETE,
    /** Anything else: a computation, a query with side effects, a batch. */
    ACTION;

    /** Whether calling a method of this kind may change stored data. */
    public boolean isSafe() {
        return this == READ || this == LIST;
    }
}
