package io.polyport.xmlrpc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Doubles are written as Python's repr() writes them; expected values were printed by CPython 3.11. */
class PythonFloatsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0.0, 0.0", "-0.0, -0.0", "1.0, 1.0", "0.125, 0.125", "-2.5, -2.5", "0.1, 0.1", "123.456, 123.456",
        "0.0001, 0.0001", "0.00001, 1e-05", "0.000015, 1.5e-05", "1e15, 1000000000000000.0", "1e16, 1e+16",
        "1234567890123456789, 1.2345678901234568e+18", "1.7976931348623157e308, 1.7976931348623157e+308",
        "4.9e-324, 5e-324", "2.2250738585072014e-308, 2.2250738585072014e-308", "1e22, 1e+22", "1e23, 1e+23",
        "0.3, 0.3", "100.0, 100.0", "3.141592653589793, 3.141592653589793",
        "NaN, nan", "Infinity, inf", "-Infinity, -inf",
    })
    void matchesPythonRepr(double value, String python) {
        assertThat(PythonFloats.repr(value)).isEqualTo(python);
    }
}
