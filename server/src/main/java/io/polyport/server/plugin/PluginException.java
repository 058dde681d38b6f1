package io.polyport.server.plugin;

/**
 * A plugin the server refuses: its message names the plugin (id, or jar when it has none) and the cause, and is
 * what an administrator reads when the server does not start.
 */
public final class PluginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A refusal of the plugin labelled {@code plugin} for {@code cause}. */
    public PluginException(String plugin, String cause) {
        super("plugin " + plugin + ": " + cause);
    }

    /** A refusal caused by a failure of the plugin's own code or files. */
    public PluginException(String plugin, String cause, Throwable failure) {
        super("plugin " + plugin + ": " + cause + describe(failure), failure);
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return ": " + failure.getClass().getSimpleName() + (message == null ? "" : " " + message.strip());
    }
}
