package io.polyport.rest.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The list controls of a collection request: {@code page} / {@code per_page} (default 50, at most 500),
 * {@code sort=field,-other}, {@code fields=a,b} and simple field filters ({@code status=new&owner=admin}; a
 * comma means "any of"). Produces the page and its {@code Link} / {@code X-Total-Count} headers.
 */
public final class ListView {
    public static final int DEFAULT_PER_PAGE = 50;
    public static final int MAX_PER_PAGE = 500;
    /** Query parameters that control the view rather than filter it. */
    public static final Set<String> CONTROLS = Set.of("page", "per_page", "sort", "fields");

    private final int page;
    private final int perPage;
    private final List<String> sort;
    private final List<String> fields;
    private final Map<String, List<String>> filters;

    private ListView(int page, int perPage, List<String> sort, List<String> fields, Map<String, List<String>> filters) {
        this.page = page;
        this.perPage = perPage;
        this.sort = sort;
        this.fields = fields;
        this.filters = filters;
    }

    /**
     * Reads the controls from a query; every parameter not in {@code bound} and not a control is a filter.
     *
     * @throws RestFailure 400 for a malformed or out-of-range control
     */
    public static ListView of(Map<String, List<String>> query, Set<String> bound) {
        int page = number(query, "page", 1, Integer.MAX_VALUE, 1);
        int perPage = number(query, "per_page", 1, MAX_PER_PAGE, DEFAULT_PER_PAGE);
        Map<String, List<String>> filters = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            if (!CONTROLS.contains(name) && !bound.contains(name)) {
                filters.put(name, values.stream().flatMap(v -> List.of(v.split(",")).stream()).toList());
            }
        });
        return new ListView(page, perPage, split(query, "sort"), split(query, "fields"), filters);
    }

    /** Whether the whole list must be materialised before paging (to filter or sort it). */
    public boolean needsAllItems() {
        return !filters.isEmpty() || !sort.isEmpty();
    }

    public int page() {
        return page;
    }

    public int perPage() {
        return perPage;
    }

    /** The items that pass the filters, sorted. */
    public List<Object> filterAndSort(List<Object> items) {
        List<Object> kept = new ArrayList<>();
        for (Object item : items) {
            if (passes(item)) {
                kept.add(item);
            }
        }
        if (!sort.isEmpty()) {
            kept.sort(comparator());
        }
        return kept;
    }

    /** One page of {@code items}. */
    public <T> List<T> pageOf(List<T> items) {
        long from = (long) (page - 1) * perPage;
        if (from >= items.size()) {
            return List.of();
        }
        return items.subList((int) from, (int) Math.min(items.size(), from + perPage));
    }

    /** An item restricted to the requested fields ({@code id} is always kept). */
    public Object project(Object item) {
        return project(item, fields);
    }

    /** The {@code fields} control of a query, for sparse single resources. */
    public static List<String> fields(Map<String, List<String>> query) {
        return split(query, "fields");
    }

    /** {@code item} restricted to {@code fields} ({@code id} is always kept); all of it when none are given. */
    public static Object project(Object item, List<String> fields) {
        if (fields.isEmpty() || !(item instanceof Map<?, ?> map)) {
            return item;
        }
        Map<String, Object> sparse = new LinkedHashMap<>();
        if (map.containsKey("id")) {
            sparse.put("id", map.get("id"));
        }
        for (String field : fields) {
            if (map.containsKey(field)) {
                sparse.put(field, map.get(field));
            }
        }
        return sparse;
    }

    /** The {@code Link} header for a list of {@code total} items at {@code url} with {@code query}. */
    public String links(String url, Map<String, List<String>> query, int total) {
        int last = Math.max(1, (total + perPage - 1) / perPage);
        StringJoiner links = new StringJoiner(", ");
        links.add(link(url, query, 1, "first"));
        if (page > 1) {
            links.add(link(url, query, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(url, query, page + 1, "next"));
        }
        links.add(link(url, query, last, "last"));
        return links.toString();
    }

    private String link(String url, Map<String, List<String>> query, int target, String rel) {
        StringJoiner params = new StringJoiner("&", url + "?", "");
        query.forEach((name, values) -> {
            if (!name.equals("page") && !name.equals("per_page")) {
                values.forEach(v -> params.add(encode(name) + "=" + encode(v)));
            }
        });
        params.add("page=" + target);
        params.add("per_page=" + perPage);
        return "<" + params + ">; rel=\"" + rel + "\"";
    }

    private boolean passes(Object item) {
        if (filters.isEmpty()) {
            return true;
        }
        if (!(item instanceof Map<?, ?> map)) {
            return false;
        }
        for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
            Object value = map.get(filter.getKey());
            String text = value == null ? "" : String.valueOf(value);
            if (!filter.getValue().contains(text)) {
                return false;
            }
        }
        return true;
    }

    private Comparator<Object> comparator() {
        Comparator<Object> order = (a, b) -> 0;
        for (String key : sort) {
            boolean descending = key.startsWith("-");
            String field = descending || key.startsWith("+") ? key.substring(1) : key;
            Comparator<Object> byField = (a, b) -> compare(fieldOf(a, field), fieldOf(b, field));
            order = order.thenComparing(descending ? byField.reversed() : byField);
        }
        return order;
    }

    private static Object fieldOf(Object item, String field) {
        return item instanceof Map<?, ?> map ? map.get(field) : item;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Comparable c && a.getClass() == b.getClass()) {
            return c.compareTo(b);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    private static int number(Map<String, List<String>> query, String name, int min, int max, int fallback) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(values.get(0).strip());
            if (value < min || value > max) {
                throw RestFailure.badField(name, name + " must be between " + min + " and " + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw RestFailure.badField(name, name + " must be an integer, got '" + values.get(0) + "'");
        }
    }

    private static List<String> split(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream()
                .flatMap(v -> List.of(v.split(",")).stream()).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
