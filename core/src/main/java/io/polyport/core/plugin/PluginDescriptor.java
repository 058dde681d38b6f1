package io.polyport.core.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * What a plugin jar says about itself in {@value #RESOURCE}, read before any of its classes is loaded:
 * <pre>
 * id = patchwork
 * version = 1.2.0
 * name = Patchwork XML-RPC API
 * api = 1.0
 * </pre>
 *
 * @param id         unique among the installed plugins; lower case letters, digits and dashes; also the name of
 *                   its configuration section {@code plugins.<id>}
 * @param version    the plugin's own version, shown by {@code plugin list}
 * @param name       a human name
 * @param apiVersion the plugin API version it was built against
 */
public record PluginDescriptor(String id, String version, String name, ApiVersion apiVersion) {
    /** Where the descriptor lives in a plugin jar. */
    public static final String RESOURCE = "META-INF/polyport-plugin.properties";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    public PluginDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(apiVersion, "api");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("plugin id '" + id
                    + "' must be lower case letters, digits and dashes, starting with a letter");
        }
        if (version.isBlank()) {
            throw new IllegalArgumentException("plugin " + id + ": version is empty");
        }
    }

    /** Reads a descriptor in {@link Properties} form; every key is required except {@code name}. */
    public static PluginDescriptor read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        String id = required(properties, "id");
        String name = properties.getProperty("name", id).strip();
        return new PluginDescriptor(id, required(properties, "version"), name,
                ApiVersion.parse(required(properties, "api")));
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("descriptor lacks '" + key + "'");
        }
        return value.strip();
    }
}
