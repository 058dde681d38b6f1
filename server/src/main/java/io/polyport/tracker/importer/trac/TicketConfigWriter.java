package io.polyport.tracker.importer.trac;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.polyport.tracker.ticket.CustomFieldConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes the imported ticket configuration into the {@code ticket} section of Polyport's configuration file:
 * each imported custom field replaces a declared one of the same name, others are kept; the workflow is set when
 * Trac's differs from the default. Every other section and key is kept as it is (comments are not).
 */
final class TicketConfigWriter implements KindWriter<TracTicketConfig> {
    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build())
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private final Path file;

    TicketConfigWriter(Path file) {
        this.file = file;
    }

    @Override
    public void write(TracTicketConfig config) {
        ObjectNode root = read();
        ObjectNode ticket = root.path("ticket").isObject() ? (ObjectNode) root.get("ticket") : root.putObject("ticket");
        ArrayNode custom = JsonNodeFactory.instance.arrayNode();
        Set<String> imported = new HashSet<>();
        config.custom().forEach(field -> imported.add(field.name()));
        ticket.path("custom").forEach(field -> {
            if (!imported.contains(field.path("name").asText())) {
                custom.add(field);
            }
        });
        for (CustomFieldConfig field : config.custom()) {
            custom.add(YAML.valueToTree(field));
        }
        ticket.set("custom", custom);
        if (config.workflow() != null) {
            ticket.set("workflow", YAML.valueToTree(config.workflow()));
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".import");
            YAML.writeValue(temporary.toFile(), root);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the configuration " + file + ": " + e.getMessage(), e);
        }
    }

    private ObjectNode read() {
        if (!Files.exists(file)) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode tree = YAML.readTree(file.toFile());
            return tree instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the configuration " + file + ": " + e.getMessage(), e);
        }
    }
}
