package io.polyport.testkit.protocol;

import io.polyport.core.spi.Protocol;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The protocol conformance suite as a JUnit 5 class: extend it in your protocol's test sources, return the protocol
 * and an adapter, and every check of {@link ProtocolConformance} runs as a test of its own.
 * <pre>
 * class MyProtocolConformanceTest extends ProtocolConformanceTest {
 *     protected Protocol protocol() { return new MyProtocol(); }
 *     protected ProtocolAdapter adapter() { return new MyAdapter(); }
 * }
 * </pre>
 * Override {@link #conformance()} to add services of your own (e.g. a stand-in for the services a resource
 * protocol maps) with calls that exercise them.
 */
public abstract class ProtocolConformanceTest {

    /** A new instance of the protocol under test. */
    protected abstract Protocol protocol();

    /** How the protocol writes calls and answers. */
    protected abstract ProtocolAdapter adapter();

    /** The checks to run; by default over the kit's sample services. */
    protected ProtocolConformance conformance() {
        return ProtocolConformance.of(protocol(), adapter());
    }

    @TestFactory
    Stream<DynamicTest> sampleCallsCoverEveryMethod() {
        return Stream.of(conformance().everyMethodHasASampleCall());
    }

    @TestFactory
    Stream<DynamicTest> everyMethodIsReachable() {
        return conformance().reachable();
    }

    @TestFactory
    Stream<DynamicTest> permissionsEqualTheInvokers() {
        return conformance().permissions();
    }

    @TestFactory
    Stream<DynamicTest> errorsReachTheClient() {
        return conformance().errors();
    }

    @TestFactory
    Stream<DynamicTest> gatewayRefusalsAreAnswered() {
        return conformance().refusals();
    }

    @TestFactory
    Stream<DynamicTest> hostileBodiesGetProtocolErrors() {
        return conformance().hostileBodies();
    }

    @TestFactory
    Stream<DynamicTest> concurrentCallsGetTheirOwnAnswers() {
        return Stream.of(conformance().concurrency());
    }
}
