package com.example.jsonish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import io.polyport.core.error.RpcException;
import io.polyport.core.plugin.Contributions;
import io.polyport.core.plugin.PermissionAction;
import io.polyport.core.plugin.Plugin;
import io.polyport.core.plugin.PluginContext;
import java.util.List;

/** A plugin that bundles (shades) an older jackson-databind than the server's. */
public final class JsonishPlugin implements Plugin {

    @Override
    public List<PermissionAction> permissions() {
        return List.of(PermissionAction.of("JSONISH_USE", "Use the jsonish service."));
    }

    @Override
    public void start(PluginContext context, Contributions contributions) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        contributions.service(JsonishService.class, new JsonishService() {
            public String jacksonVersion() {
                return PackageVersion.VERSION.toString();
            }

            public String mapperLoader() {
                return ObjectMapper.class.getClassLoader().getName();
            }

            public String normalize(String json) {
                try {
                    return mapper.writeValueAsString(mapper.readValue(json, java.util.Map.class));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw RpcException.invalid("not JSON: " + e.getOriginalMessage());
                }
            }

            public boolean seesServerInternals() {
                try {
                    Class.forName("io.polyport.server.storage.Database", false, getClass().getClassLoader());
                    return true;
                } catch (ClassNotFoundException e) {
                    return false;
                }
            }
        });
    }
}
