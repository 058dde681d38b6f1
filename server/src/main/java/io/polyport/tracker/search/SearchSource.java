package io.polyport.tracker.search;

import java.util.Map;

/** One kind of searchable object (a search filter): its name, label, the permission to see it, and its hits. */
interface SearchSource {

    /** The filter name, e.g. {@code ticket}. */
    String kind();

    /** The filter label, e.g. {@code Tickets}. */
    String label();

    /** The permission a caller needs to see hits of this kind. */
    String viewPermission();

    /**
     * The results for hits of this kind, by {@link IndexHit#ref()}; objects deleted since the search are left out.
     *
     * @param excerpts each hit's excerpt by its ref
     */
    Map<String, SearchResult> describe(Map<String, String> excerpts);
}
