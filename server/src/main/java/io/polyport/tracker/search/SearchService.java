package io.polyport.tracker.search;

import io.polyport.core.annotation.MethodKind;
import io.polyport.core.annotation.Param;
import io.polyport.core.annotation.ResultShape;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.invoke.Caller;
import java.util.List;

/** Trac's search API: full-text search over tickets, wiki pages and milestones, filtered by what the caller may view. */
@RpcService(value = "search", resource = "search", doc = "Full-text search over tickets, wiki pages and milestones.")
public interface SearchService {

    @RpcMethod(kind = MethodKind.LIST, permission = "SEARCH_VIEW",
            doc = "The search filters you may use, as [name, label] pairs: ticket, wiki, milestone.")
    List<List<String>> getSearchFilters(Caller caller);

    @RpcMethod(kind = MethodKind.LIST, permission = "SEARCH_VIEW",
            doc = "Searches for query and returns the best hits first, each as [href, title, date, author, excerpt] "
                    + "(href absolute, title an HTML fragment). Words must all match; \"quoted words\" match as a "
                    + "phrase, -word excludes, word* matches a prefix. filters limits the search to some of the "
                    + "filter names of getSearchFilters (all when omitted).")
    @ResultShape(tuple = {"string href", "string title", "DateTime date", "string author", "string excerpt"})
    List<List<Object>> performSearch(String query, @Param(defaultValue = "null") List<String> filters, Caller caller);
}
