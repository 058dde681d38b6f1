package io.polyport.server.config;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * The {@code logging} section.
 *
 * @param format {@code text} (default: one line per event, the access log in its usual line format) or
 *               {@code json} (one JSON object per line, for log shippers)
 */
public record LoggingConfig(String format) {
    private static final String JSON = "json";

    public LoggingConfig {
        format = format == null ? "text" : format.toLowerCase(Locale.ROOT);
        if (!format.equals("text") && !format.equals(JSON)) {
            throw new IllegalArgumentException("logging.format must be text or json");
        }
    }

    /** Switches the running logback configuration to the JSON format when that is configured. */
    public void apply() {
        if (!format.equals(JSON) || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(LoggingConfig.class.getResource("/logback-json.xml"));
        } catch (JoranException e) {
            throw new IllegalStateException("cannot switch to JSON logs: " + e.getMessage(), e);
        }
    }
}
