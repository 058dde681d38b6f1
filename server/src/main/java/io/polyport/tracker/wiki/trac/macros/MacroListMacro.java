package io.polyport.tracker.wiki.trac.macros;

import static io.polyport.core.wiki.Html.escape;

import io.polyport.core.wiki.MacroContext;
import io.polyport.core.wiki.WikiMacro;
import java.util.Collection;
import java.util.Comparator;
import java.util.function.Supplier;

/** {@code [[MacroList(name)]]}: every macro (or the one named) with its description, as Trac lists them. */
public final class MacroListMacro implements WikiMacro {
    private final Supplier<Collection<WikiMacro>> macros;

    /** @param macros every macro the renderer knows, this one included */
    public MacroListMacro(Supplier<Collection<WikiMacro>> macros) {
        this.macros = macros;
    }

    @Override
    public String name() {
        return "MacroList";
    }

    @Override
    public String description() {
        return "Lists the installed wiki macros with their documentation. The optional argument names one macro; "
                + "`[[Name?]]` is a shortcut for `[[MacroList(Name)]]`.";
    }

    @Override
    public String expand(String arguments, MacroContext context) {
        String only = arguments.strip();
        StringBuilder out = new StringBuilder("<div class=\"trac-macrolist\">");
        macros.get().stream().sorted(Comparator.comparing(WikiMacro::name))
                .filter(macro -> only.isEmpty() || only.equals("*") || macro.name().equals(only))
                .forEach(macro -> out.append("<h3 id=\"").append(escape(macro.name())).append("-macro\"><code>[[")
                        .append(escape(macro.name())).append("]]</code></h3>")
                        .append(context.toHtml(macro.description())));
        return out.append("</div>").toString();
    }
}
