package io.polyport.plugins.patchwork.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Replays, in their order, the captured exchanges whose answer is the plugin's (see {@link KnownDifferences}) and
 * compares each answer with Patchwork's, status and body, after {@link WireMasks masking}.
 */
public final class CaptureReplay {
    /** An answer to one replayed request. */
    public record Answer(int status, String body) {
    }

    /** Sends one captured request to the server under test. */
    @FunctionalInterface
    public interface Target {
        Answer send(Capture capture) throws Exception;
    }

    /**
     * How the replay went.
     *
     * @param compared   how many exchanges were compared
     * @param mismatches a description of each one that differed
     */
    public record Result(int compared, List<String> mismatches) {
    }

    private CaptureReplay() {
    }

    public static Result run(Target target) throws Exception {
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (String name : Fixtures.captures()) {
            Capture capture = Capture.load(name);
            if (KnownDifferences.serverLevel(capture)) {
                continue;
            }
            Answer answer = target.send(capture);
            compared++;
            String expected = WireMasks.mask(capture.responseBody());
            String actual = WireMasks.mask(answer.body());
            if (answer.status() != capture.status() || !actual.equals(expected)) {
                mismatches.add(name + "\n--- expected HTTP " + capture.status() + "\n" + expected
                        + "\n--- actual HTTP " + answer.status() + "\n" + actual);
            }
        }
        return new Result(compared, mismatches);
    }
}
