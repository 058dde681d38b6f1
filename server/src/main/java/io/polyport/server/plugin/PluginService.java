package io.polyport.server.plugin;

import io.polyport.core.annotation.MethodKind;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.invoke.Permissions;
import java.util.List;

/** The server's own {@code plugin.*} methods: what is installed. */
@RpcService(value = "plugin", doc = "The installed plugins.")
public interface PluginService {

    @RpcMethod(kind = MethodKind.LIST, permission = Permissions.TRAC_ADMIN,
            doc = "Every installed plugin: id, name, version, source, state (enabled or disabled), and what it "
                    + "contributes: service namespaces, protocols, permission actions, applied migrations.")
    List<PluginInfo> list();
}
