package io.polyport.testkit.protocol;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.invoke.Caller;
import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import io.polyport.core.spi.Protocol;
import io.polyport.core.spi.testing.BufferedExchange;
import io.polyport.testkit.sample.SampleServices;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * The protocol conformance checks, as JUnit dynamic tests. A protocol runs in process against the kit's sample
 * services (or the author's own, with their calls), through the author's {@link ProtocolAdapter}; every answer is
 * compared with what the invoker itself answers. Use it from {@link ProtocolConformanceTest}, or directly:
 * {@code @TestFactory Stream<DynamicNode> conformance() { return ProtocolConformance.of(protocol, adapter).all(); }}
 */
public final class ProtocolConformance {
    /** The limits of the kit's gateway: bodies up to 16 MiB reach the protocol, strings are limited to 1 MiB. */
    public static final Limits LIMITS = new Limits(16 << 20, 64, 1 << 20, 100);
    /** How deep the nesting of the hostile-nesting check is. */
    public static final int HOSTILE_DEPTH = 100_000;
    /** How long the hostile string is, in characters. */
    public static final int HOSTILE_STRING_LENGTH = 10 << 20;
    /** How long any one hostile request may take to be answered. */
    public static final Duration HOSTILE_TIME_LIMIT = Duration.ofSeconds(30);
    /** How many threads call at once in the concurrency check. */
    public static final int THREADS = 32;
    /** How many calls each of them makes. */
    public static final int CALLS_PER_THREAD = 25;

    private final ProtocolDriver driver;
    private final List<SampleCall> calls;

    private ProtocolConformance(ProtocolDriver driver, List<SampleCall> calls) {
        this.driver = driver;
        this.calls = List.copyOf(calls);
    }

    /** The checks of {@code protocol} over the kit's sample services and calls, with {@link #LIMITS}. */
    public static ProtocolConformance of(Protocol protocol, ProtocolAdapter adapter) {
        return new ProtocolConformance(new ProtocolDriver(protocol, adapter, SampleServices::create, LIMITS),
                SampleCalls.all());
    }

    /**
     * The same checks with more services, e.g. a stand-in for the services a resource protocol maps, and calls
     * that exercise them. {@code services} is asked for fresh instances for every check, so that checks which
     * change data see the same state in the direct and the wire call.
     */
    public ProtocolConformance withServices(Supplier<List<ServiceBinding<?>>> services, List<SampleCall> moreCalls) {
        Supplier<List<ServiceBinding<?>>> all = () -> {
            List<ServiceBinding<?>> bindings = new ArrayList<>(SampleServices.create());
            bindings.addAll(services.get());
            return bindings;
        };
        List<SampleCall> allCalls = new ArrayList<>(calls);
        allCalls.addAll(moreCalls);
        return new ProtocolConformance(new ProtocolDriver(driver.protocol(), driver.adapter(), all, LIMITS), allCalls);
    }

    /** Every check, grouped. */
    public Stream<DynamicNode> all() {
        return Stream.of(
                dynamicContainer("sample calls cover every method", Stream.of(everyMethodHasASampleCall())),
                dynamicContainer("every method is reachable", reachable()),
                dynamicContainer("permissions equal the invoker's", permissions()),
                dynamicContainer("errors reach the client", errors()),
                dynamicContainer("gateway refusals are answered", refusals()),
                dynamicContainer("hostile bodies get protocol errors", hostileBodies()),
                dynamicContainer("concurrent calls", Stream.of(concurrency())));
    }

    /** Every published method has a sample call, so that no method goes unchecked. */
    public DynamicTest everyMethodHasASampleCall() {
        return dynamicTest("every published method has a sample call", () -> {
            Set<String> missing = new TreeSet<>();
            for (MethodDescriptor method : driver.newGateway().registry().methods()) {
                if (calls.stream().noneMatch(call -> call.method().equals(method.name()))) {
                    missing.add(method.name());
                }
            }
            Assertions.assertTrue(missing.isEmpty(), "no sample call for " + missing);
        });
    }

    /** Each sample call, made by an administrator, gets the invoker's answer over the wire. */
    public Stream<DynamicTest> reachable() {
        return calls.stream().map(call -> dynamicTest(call.label(), covering(call.method(),
                () -> expectInvokersAnswer(KitCallers.ADMIN, call, true))));
    }

    /** Each sample call, made by each of {@link KitCallers#all()}, gets the invoker's answer over the wire. */
    public Stream<DynamicTest> permissions() {
        return KitCallers.all().stream().flatMap(caller -> calls.stream()
                .map(call -> dynamicTest(caller.name() + ": " + call.label(), covering(call.method(),
                        () -> expectInvokersAnswer(caller, call, true)))));
    }

    /**
     * Every {@link ErrorCode} a service raises, an unexpected exception, and the invoker's own refusals reach the
     * client with the protocol's code for them and the message, and without internals.
     */
    public Stream<DynamicTest> errors() {
        Stream<SampleCall> raised = Stream.concat(Arrays.stream(ErrorCode.values())
                .map(code -> SampleCall.labelled(code.name(), "kit.errors.raise", code.name())),
                Stream.of(SampleCall.labelled("unexpected exception", "kit.errors.crash")));
        return Stream.concat(raised.map(call -> failure(call, true)),
                SampleCalls.refusedByInvoker().stream().map(call -> failure(call, false)));
    }

    /** A check that {@code call} fails over the wire as it does directly; the message too when {@code verbatim}. */
    private DynamicTest failure(SampleCall call, boolean verbatim) {
        return dynamicTest(call.label(), covering(call.method(), () -> {
            Outcome expected = driver.direct(driver.newGateway(), KitCallers.ADMIN, call);
            Assertions.assertInstanceOf(Outcome.Failed.class, expected, "the invoker should refuse " + call);
            expectInvokersAnswer(KitCallers.ADMIN, call, verbatim);
        }));
    }

    /** {@link Protocol#rejectRequest} answers 400, 401, 413 and 429 with that status, keeping the gateway's headers. */
    public Stream<DynamicTest> refusals() {
        return Stream.of(
                refusal(400, "Unreadable request body", null, null),
                refusal(401, "Authentication required", "WWW-Authenticate", "Basic realm=\"polyport\""),
                refusal(413, "Request body too large", null, null),
                refusal(429, "Too many requests", "Retry-After", "7"));
    }

    private DynamicTest refusal(int status, String message, String header, String value) {
        return dynamicTest(status + " " + message, () -> {
            WireRequest request = driver.adapter().encode("system.getAPIVersion", List.of()).withBody(new byte[0]);
            BufferedExchange exchange = driver.exchange(request, Caller.anonymous(Set.of()));
            if (header != null) {
                exchange.setResponseHeader(header, value);
            }
            driver.protocol().rejectRequest(exchange, status, message);
            WireResponse response = driver.answerOf(exchange);
            Assertions.assertEquals(status, response.status(), "HTTP status of the refusal");
            if (header != null) {
                Assertions.assertEquals(value, response.header(header), header + " set by the gateway");
            }
            Leaks.assertNone(response);
        });
    }

    /**
     * Deep nesting, invalid UTF-8, a 10 MiB string, out-of-range numbers and garbage each get an error of the
     * protocol (not an internal error, not an HTTP 5xx, no internals) within {@link #HOSTILE_TIME_LIMIT}.
     */
    public Stream<DynamicTest> hostileBodies() {
        HostileBodies hostile = new HostileBodies(driver.adapter());
        return Stream.of(
                hostile("nesting " + HOSTILE_DEPTH + " lists deep", "kit.values.echoAny",
                        () -> hostile.nested("kit.values.echoAny", HOSTILE_DEPTH)),
                hostile("invalid UTF-8 in a string", "kit.values.echoString",
                        () -> hostile.replaced("kit.values.echoString", HostileBodies.TEXT_MARKER,
                                HostileBodies.INVALID_UTF8)),
                hostile("a string of " + HOSTILE_STRING_LENGTH + " characters", "kit.values.echoString",
                        () -> driver.adapter().encode("kit.values.echoString",
                                List.of("x".repeat(HOSTILE_STRING_LENGTH)))),
                hostile("1e999999 as any value", "kit.values.echoAny",
                        () -> hostile.replaced("kit.values.echoAny", HostileBodies.INTEGER_MARKER, "1e999999")),
                hostile("-1e999999 as any value", "kit.values.echoAny",
                        () -> hostile.replaced("kit.values.echoAny", HostileBodies.INTEGER_MARKER, "-1e999999")),
                hostile("2^200 as any value", "kit.values.echoAny",
                        () -> hostile.replaced("kit.values.echoAny", HostileBodies.INTEGER_MARKER,
                                HostileBodies.HUGE_INTEGER)),
                hostile("1e999999 as a double", "kit.values.echoDouble",
                        () -> hostile.replaced("kit.values.echoDouble", HostileBodies.DOUBLE_MARKER, "1e999999")),
                hostile("2^200 as a 64-bit integer", "kit.values.echoLong",
                        () -> hostile.replaced("kit.values.echoLong", HostileBodies.INTEGER_MARKER,
                                HostileBodies.HUGE_INTEGER)),
                hostile("garbage", "kit.values.echoString", () -> driver.adapter()
                        .encode("kit.values.echoString", List.of(HostileBodies.TEXT_MARKER))
                        .withBody("\u0000}{><][\"".getBytes(StandardCharsets.UTF_8))));
    }

    private DynamicTest hostile(String label, String method, Supplier<WireRequest> request) {
        return dynamicTest(label, covering(method, () -> {
            WireRequest hostileRequest = request.get();
            Gateway gateway = driver.newGateway();
            WireResponse response = Assertions.assertTimeoutPreemptively(HOSTILE_TIME_LIMIT,
                    () -> driver.send(gateway, KitCallers.ADMIN, hostileRequest),
                    "the protocol must answer a hostile request within " + HOSTILE_TIME_LIMIT);
            Assertions.assertTrue(response.status() < 500, "HTTP " + response.status() + " for a client's mistake: "
                    + Leaks.excerpt(response.text()));
            Leaks.assertNone(response);
            Outcome outcome = driver.decode(response, ProtocolDriver.returnType(gateway, method));
            if (!(outcome instanceof Outcome.Failed failed)) {
                throw new AssertionError("accepted a hostile request: " + NeutralValues.show(
                        ((Outcome.Returned) outcome).value()));
            }
            Assertions.assertNotEquals(driver.adapter().errorCode(ErrorCode.INTERNAL, KitCallers.ADMIN),
                    failed.code(), "an internal error for a client's mistake: " + failed.message());
        }));
    }

    /** {@link #THREADS} threads call at once, {@link #CALLS_PER_THREAD} times each; every one gets its own answer. */
    public DynamicTest concurrency() {
        return dynamicTest(THREADS + " threads calling at once", () -> {
            for (String method : List.of("kit.values.echoString", "kit.values.echoInt", "kit.values.echoStruct")) {
                Assumptions.assumeTrue(driver.adapter().covers(method), "the protocol does not expose " + method);
            }
            Gateway gateway = driver.newGateway();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> threads = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    threads.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < CALLS_PER_THREAD; i++) {
                            SampleCall call = concurrentCall(thread, i);
                            expectReturned(call, KitCallers.ADMIN, call.args().get(0),
                                    driver.call(gateway, KitCallers.ADMIN, call));
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> thread : threads) {
                    awaitThread(thread);
                }
            } finally {
                pool.shutdownNow();
            }
        });
    }

    private static SampleCall concurrentCall(int thread, int i) {
        return switch (i % 3) {
            case 0 -> SampleCall.of("kit.values.echoString", "thread " + thread + " call " + i + " ü");
            case 1 -> SampleCall.of("kit.values.echoInt", thread * 1000 + i);
            default -> SampleCall.of("kit.values.echoStruct", Map.of("thread", thread, "call", i));
        };
    }

    private static void awaitThread(Future<?> thread) throws Exception {
        try {
            thread.get(2, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError failure) {
                throw failure;
            }
            throw e;
        } catch (TimeoutException e) {
            throw new AssertionError("a calling thread did not finish within 2 minutes", e);
        }
    }

    private Executable covering(String method, Executable check) {
        return () -> {
            Assumptions.assumeTrue(driver.adapter().covers(method), "the protocol does not expose " + method);
            check.execute();
        };
    }

    /**
     * {@code call} made over the wire by {@code caller} gets what the invoker answers it directly: the same value,
     * or the protocol's code for the same error and, when {@code verbatim}, its message. (A protocol may word its own
     * refusals, e.g. of an unknown method that maps to no route, but passes on what services say.)
     */
    private void expectInvokersAnswer(Caller caller, SampleCall call, boolean verbatim) {
        Outcome expected = driver.direct(driver.newGateway(), caller, call);
        Outcome actual = driver.call(driver.newGateway(), caller, call);
        if (expected instanceof Outcome.Returned returned) {
            expectReturned(call, caller, returned.value(), actual);
        } else {
            Outcome.Failed failure = (Outcome.Failed) expected;
            if (!(actual instanceof Outcome.Failed failed)) {
                throw new AssertionError(caller.name() + ": " + call.label() + " should fail with code "
                        + failure.code() + " (" + failure.message() + ") but returned "
                        + NeutralValues.show(((Outcome.Returned) actual).value()));
            }
            Assertions.assertEquals(failure.code(), failed.code(), () -> caller.name() + ": " + call.label()
                    + " failed with another code; message: " + failed.message());
            Assertions.assertTrue(!verbatim || failed.message().contains(failure.message()), () -> caller.name() + ": "
                    + call.label() + ": the message '" + failed.message() + "' lacks the service's '"
                    + failure.message() + "'");
        }
    }

    private static void expectReturned(SampleCall call, Caller caller, Object expected, Outcome actual) {
        if (!(actual instanceof Outcome.Returned returned)) {
            Outcome.Failed failed = (Outcome.Failed) actual;
            throw new AssertionError(caller.name() + ": " + call.label() + " should return "
                    + NeutralValues.show(expected) + " but failed with code " + failed.code() + ": "
                    + failed.message());
        }
        if (!NeutralValues.same(expected, returned.value())) {
            throw new AssertionError(caller.name() + ": " + call.label() + " should return "
                    + NeutralValues.show(expected) + " but returned " + NeutralValues.show(returned.value()));
        }
    }
}
