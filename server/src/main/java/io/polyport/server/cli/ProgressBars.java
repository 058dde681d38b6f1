package io.polyport.server.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The progress bars of long commands (import, db copy): one ASCII line, redrawn in place on {@code out}. */
public final class ProgressBars {
    private static final int WIDTH = 100;
    private static final int UPDATE_MILLIS = 250;

    private ProgressBars() {
    }

    /**
     * A bar for {@code max} steps named {@code task}, padded to {@code nameWidth} characters; close it, then print a
     * newline.
     */
    public static ProgressBar start(PrintWriter out, String task, int nameWidth, long max) {
        return new ProgressBarBuilder()
                .setTaskName(nameWidth > 0 ? String.format("%-" + nameWidth + "s", task) : task)
                .setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII)
                .showSpeed()
                .setUpdateIntervalMillis(UPDATE_MILLIS)
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    out.print("\r" + line);
                    out.flush();
                }, WIDTH))
                .build();
    }
}
