package io.polyport.core.wiki;

/**
 * A wiki macro: {@code [[Name(arguments)]]} in wiki text, or a {@code {{{#!Name ...}}}} block, is replaced by
 * the HTML this macro returns. Built-in macros and plugin macros implement this interface alike; the renderer
 * receives them from its wiring and runs every result through the HTML sanitiser, so a macro cannot put script,
 * event handlers or unsafe URLs into a page whatever it returns.
 *
 * <p>Implementations must be thread-safe: one instance serves every rendering.
 */
public interface WikiMacro {

    /** The name used in wiki text, e.g. {@code PageOutline}; matched case-sensitively, as Trac does. */
    String name();

    /** What the macro does and which arguments it takes, in wiki text (shown by {@code [[MacroList]]}). */
    String description();

    /**
     * Expands one use of the macro.
     *
     * @param arguments the text between the parentheses of {@code [[Name(...)]]} (empty without parentheses),
     *                  or the body of a {@code {{{#!Name}}}} block
     * @param context   what the macro may know about and do with the page being rendered
     * @return an HTML fragment (escape text with {@link Html#escape}); block elements close the current
     *         paragraph, as in Trac
     */
    String expand(String arguments, MacroContext context);
}
