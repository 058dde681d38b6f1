package io.polyport.server.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;

/** The streams commands read and write, so tests can run the CLI in-process. */
record Terminal(BufferedReader in, PrintWriter out, PrintWriter err) {
}
