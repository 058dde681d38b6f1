package io.polyport.tracker.search;

import io.polyport.core.invoke.Caller;
import io.polyport.server.storage.Database;
import io.polyport.tracker.wiki.TrackerUrls;
import io.polyport.tracker.wiki.WikiRenderer;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Searches the {@link SearchIndex} for the kinds the caller asked for and may view, then describes each hit
 * through its {@link SearchSource}, keeping the index's rank order. Excerpts of the indexed text lose their
 * wiki markup.
 */
public final class SearchServiceImpl implements SearchService {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private final SearchIndex index;
    private final List<SearchSource> sources;
    private final int maxResults;
    private final WikiRenderer renderer;

    @Inject
    public SearchServiceImpl(Database database, SearchIndex index, SearchConfig config, WikiRenderer renderer) {
        TrackerUrls urls = new TrackerUrls(config.baseUrl());
        this.index = index;
        this.sources = List.of(new TicketSearchSource(database, urls), new WikiSearchSource(database, urls),
                new MilestoneSearchSource(database, urls, Clock.systemUTC()));
        this.maxResults = config.maxResults();
        this.renderer = renderer;
    }

    /** The hit's excerpt as text: the indexed wiki text's markup removed by the wiki's own parser. */
    private String excerpt(IndexHit hit) {
        return WHITESPACE.matcher(renderer.plainText(hit.excerpt())).replaceAll(" ").strip();
    }

    @Override
    public List<List<String>> getSearchFilters(Caller caller) {
        return sources.stream().filter(source -> caller.has(source.viewPermission()))
                .map(source -> List.of(source.kind(), source.label())).toList();
    }

    @Override
    public List<List<Object>> performSearch(String query, List<String> filters, Caller caller) {
        Map<String, SearchSource> searched = new HashMap<>();
        for (SearchSource source : sources) {
            if ((filters == null || filters.contains(source.kind())) && caller.has(source.viewPermission())) {
                searched.put(source.kind(), source);
            }
        }
        SearchQuery parsed = SearchQuery.parse(query);
        if (searched.isEmpty() || parsed.isEmpty()) {
            return List.of();
        }
        List<IndexHit> hits = index.search(parsed, new LinkedHashSet<>(searched.keySet()), maxResults);
        Map<String, Map<String, String>> excerptsByKind = new HashMap<>();
        for (IndexHit hit : hits) {
            excerptsByKind.computeIfAbsent(hit.kind(), kind -> new HashMap<>()).put(hit.ref(), excerpt(hit));
        }
        Map<String, Map<String, SearchResult>> described = new HashMap<>();
        excerptsByKind.forEach((kind, excerpts) -> described.put(kind, searched.get(kind).describe(excerpts)));
        List<List<Object>> results = new ArrayList<>(hits.size());
        for (IndexHit hit : hits) {
            SearchResult result = described.get(hit.kind()).get(hit.ref());
            if (result != null) {
                results.add(result.toList());
            }
        }
        return results;
    }
}
