package io.polyport.tracker.wiki.trac;

import io.polyport.core.wiki.MacroContext;
import io.polyport.core.wiki.WikiMacro;
import java.util.List;

/** The macros of Trac's own formatter tests, written against the macro SPI as a plugin would. */
final class TestMacros {
    private TestMacros() {
    }

    static List<WikiMacro> all() {
        return List.of(macro("HelloWorld", "Hello World, args = %s"), macro("DivHelloWorld",
                "<div>Hello World, args = %s</div>"));
    }

    private static WikiMacro macro(String name, String format) {
        return new WikiMacro() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "A dummy macro used by the unit test.";
            }

            @Override
            public String expand(String arguments, MacroContext context) {
                return String.format(format, arguments);
            }
        };
    }
}
