package io.polyport.rest;

import io.polyport.rest.http.RestSettings;
import io.polyport.testkit.protocol.ProtocolConformance;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * REST as a resource protocol passes the kit on the methods it derives resource routes for (the kit's ticket
 * stand-in): values, errors and permission outcomes equal the invoker's, and refusals are answered.
 */
class RestResourceConformanceTest {
    private final ProtocolConformance kit = ProtocolConformance.of(
            new RestProtocol(new RestSettings(Set.of(), true)), new RestResourceAdapter());

    @TestFactory
    Stream<DynamicTest> everyRoutedMethodIsReachable() {
        return kit.reachable();
    }

    @TestFactory
    Stream<DynamicTest> permissionsEqualTheInvokers() {
        return kit.permissions();
    }

    @TestFactory
    Stream<DynamicTest> gatewayRefusalsAreAnswered() {
        return kit.refusals();
    }
}
