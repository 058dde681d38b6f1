package io.polyport.rest.sample;

import static io.polyport.core.annotation.MethodKind.ACTION;
import static io.polyport.core.annotation.MethodKind.DELETE;
import static io.polyport.core.annotation.MethodKind.LIST;
import static io.polyport.core.annotation.MethodKind.READ;
import static io.polyport.core.annotation.MethodKind.UPDATE;

import io.polyport.core.annotation.Id;
import io.polyport.core.annotation.Param;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import java.util.List;
import java.util.Map;

/** A wiki shaped like Trac's WikiRPC, with an explicit resource name. */
@RpcService(value = "wiki", resource = "wiki", doc = "Sample wiki.")
public interface SampleWiki {
    @RpcMethod(kind = LIST, permission = "WIKI_VIEW")
    List<String> getAllPages();

    @RpcMethod(kind = READ, permission = "WIKI_VIEW")
    String getPage(@Id String pagename, @Param(defaultValue = "null") Integer version);

    @RpcMethod(kind = READ, permission = "WIKI_VIEW")
    String getPageVersion(@Id String pagename, @Param(defaultValue = "null") Integer version);

    @RpcMethod(kind = LIST, permission = "WIKI_VIEW")
    List<Map<String, Object>> getPageVersions(@Id String pagename);

    @RpcMethod(kind = READ, permission = "WIKI_VIEW")
    Map<String, Object> getPageInfo(@Id String pagename, @Param(defaultValue = "null") Integer version);

    @RpcMethod(kind = UPDATE, permission = "WIKI_MODIFY")
    boolean putPage(@Id String pagename, String content, Map<String, Object> attributes);

    @RpcMethod(kind = DELETE, permission = "WIKI_DELETE")
    boolean deletePage(@Id String name, @Param(defaultValue = "null") Integer version);

    @RpcMethod(kind = READ, permission = "WIKI_VIEW")
    byte[] getAttachment(@Id String path);

    @RpcMethod(kind = ACTION, permission = "WIKI_VIEW")
    String wikiToHtml(String text);
}
