package io.polyport.server;

import io.polyport.server.cli.PolyportCommand;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** The command line entry point: {@code java -jar polyport.jar serve|user|permission|token ...}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(PolyportCommand.run(args));
    }
}
