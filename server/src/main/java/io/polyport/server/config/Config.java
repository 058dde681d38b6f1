package io.polyport.server.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's configuration file ({@code polyport.yaml}), read once at start-up. Each component reads its
 * own top-level section into a record of its own with {@link #section}; a missing file or section means the
 * defaults the record's constructor fills in for absent (null) values.
 */
public final class Config {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final String ENABLED = "enabled";

    private final ObjectNode root;

    private Config(ObjectNode root) {
        this.root = root;
    }

    /** A configuration with every section at its defaults. */
    public static Config defaults() {
        return new Config(JsonNodeFactory.instance.objectNode());
    }

    /** Reads {@code file}; a file that does not exist gives the defaults. */
    public static Config load(Path file) {
        if (!Files.exists(file)) {
            return defaults();
        }
        try {
            JsonNode tree = YAML.readTree(file.toFile());
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                return defaults();
            }
            if (!(tree instanceof ObjectNode object)) {
                throw new IllegalArgumentException(file + ": the configuration must be a mapping of sections");
            }
            return new Config(object);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses YAML text, for tests. */
    public static Config parse(String yaml) {
        try {
            JsonNode tree = YAML.readTree(yaml);
            return tree instanceof ObjectNode object ? new Config(object) : defaults();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The section {@code name} as a {@code type}; absent keys are null, so the record's compact constructor
     * supplies the defaults. Unknown keys are an error, so typos do not pass silently.
     */
    public <T> T section(String name, Class<T> type) {
        JsonNode node = root.path(name);
        try {
            return YAML.treeToValue(node.isObject() ? node : JsonNodeFactory.instance.objectNode(), type);
        } catch (IOException e) {
            throw new IllegalArgumentException("configuration section '" + name + "': " + e.getMessage(), e);
        }
    }

    /**
     * Whether the entry {@code section.name} is switched on: its {@code enabled} key, true when absent. Used for
     * {@code plugins.<id>} and {@code protocols.<name>}.
     */
    public boolean enabled(String section, String name) {
        JsonNode enabled = root.path(section).path(name).path(ENABLED);
        if (enabled.isMissingNode() || enabled.isNull()) {
            return true;
        }
        if (!enabled.isBoolean()) {
            throw new IllegalArgumentException("configuration " + section + "." + name + "." + ENABLED
                    + ": must be true or false");
        }
        return enabled.booleanValue();
    }

    /**
     * The entry {@code section.name} (a nested section such as {@code plugins.patchwork}) as a {@code type}, its
     * {@code enabled} key set aside; otherwise as {@link #section}.
     */
    public <T> T entry(String section, String name, Class<T> type) {
        JsonNode node = root.path(section).path(name);
        ObjectNode settings = node.isObject() ? ((ObjectNode) node).deepCopy() : JsonNodeFactory.instance.objectNode();
        settings.remove(ENABLED);
        try {
            return YAML.treeToValue(settings, type);
        } catch (IOException e) {
            throw new IllegalArgumentException("configuration section '" + section + "." + name + "': "
                    + e.getMessage(), e);
        }
    }

    /** The names of the entries in {@code section}, in file order. */
    public List<String> entries(String section) {
        List<String> names = new ArrayList<>();
        root.path(section).fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A copy with {@code value} set at {@code section.key}, for command-line overrides and tests. */
    public Config with(String section, String key, Object value) {
        ObjectNode copy = root.deepCopy();
        ObjectNode node = copy.path(section).isObject() ? (ObjectNode) copy.get(section) : copy.putObject(section);
        node.set(key, YAML.valueToTree(value));
        return new Config(copy);
    }
}
