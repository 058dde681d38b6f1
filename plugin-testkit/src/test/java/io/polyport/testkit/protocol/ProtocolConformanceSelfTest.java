package io.polyport.testkit.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.testkit.protocol.ReferenceProtocol.Defect;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opentest4j.TestAbortedException;

/** The kit passes a correct protocol and catches each defect of a broken one in the check meant for it. */
class ProtocolConformanceSelfTest {

    @TestFactory
    Stream<DynamicNode> aCorrectProtocolPassesEveryCheck() {
        return ProtocolConformance.of(new ReferenceProtocol(Defect.NONE), new ReferenceAdapter()).all();
    }

    @Test
    void onlyTheMethodsAProtocolCoversAreChecked() {
        ProtocolAdapter ticketsOnly = new ReferenceAdapter() {
            @Override
            public boolean covers(String method) {
                return method.startsWith("ticket.");
            }
        };
        ProtocolConformance kit = ProtocolConformance.of(new ReferenceProtocol(Defect.NONE), ticketsOnly);

        assertThat(kit.reachable().map(DynamicTest::getDisplayName)).hasSize(8).allMatch(n -> n.startsWith("ticket."));
        assertThat(failures(kit.reachable())).isZero();
        assertThat(kit.errors()).isEmpty();
        assertThatThrownBy(() -> kit.concurrency().getExecutable().execute())
                .isInstanceOf(TestAbortedException.class);
    }

    /** A service an author adds. */
    @RpcService(value = "extra", doc = "Added by the test.")
    public interface Extra {
        @RpcMethod(doc = "Twice n.")
        int twice(int n);
    }

    @Test
    void addedServicesAreCheckedAndNeedCalls() throws Throwable {
        Supplier<List<ServiceBinding<?>>> extra = () -> List.of(ServiceBinding.of(Extra.class, n -> 2 * n));
        ProtocolConformance kit = ProtocolConformance.of(new ReferenceProtocol(Defect.NONE), new ReferenceAdapter())
                .withServices(extra, List.of(SampleCall.of("extra.twice", 4)));
        ProtocolConformance withoutCalls = ProtocolConformance.of(new ReferenceProtocol(Defect.NONE),
                new ReferenceAdapter()).withServices(extra, List.of());

        kit.everyMethodHasASampleCall().getExecutable().execute();
        assertThat(kit.reachable().filter(check -> check.getDisplayName().equals("extra.twice")).toList())
                .singleElement().satisfies(check -> check.getExecutable().execute());
        assertThatThrownBy(() -> withoutCalls.everyMethodHasASampleCall().getExecutable().execute())
                .isInstanceOf(AssertionError.class).hasMessageContaining("no sample call for [extra.twice]");
    }

    @ParameterizedTest
    @EnumSource(value = Defect.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void eachDefectFailsTheCheckMeantForIt(Defect defect) {
        ProtocolConformance kit = ProtocolConformance.of(new ReferenceProtocol(defect), new ReferenceAdapter());
        Stream<DynamicTest> checks = switch (defect) {
            case LEAKS_EXCEPTIONS, ACCEPTS_HUGE_NUMBERS -> kit.hostileBodies();
            case IGNORES_REFUSAL_STATUS -> kit.refusals();
            case SHARES_STATE -> Stream.of(kit.concurrency());
            case HIDES_DENIALS -> kit.permissions();
            case NONE -> throw new IllegalArgumentException();
        };
        assertThat(failures(checks)).as("failed checks").isPositive();
    }

    /** Runs the checks and counts the failed ones; none may be skipped. */
    private static int failures(Stream<DynamicTest> checks) {
        int failed = 0;
        for (DynamicTest check : checks.toList()) {
            try {
                check.getExecutable().execute();
            } catch (TestAbortedException e) {
                throw new AssertionError("no check may be skipped here: " + e.getMessage(), e);
            } catch (Throwable e) {
                failed++;
            }
        }
        return failed;
    }
}
