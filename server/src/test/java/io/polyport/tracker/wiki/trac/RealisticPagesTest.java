package io.polyport.tracker.wiki.trac;

import io.polyport.server.testing.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import io.polyport.server.event.TransactionalEvents;
import io.polyport.server.storage.Database;
import io.polyport.tracker.wiki.WikiConfig;
import io.polyport.tracker.wiki.WikiService;
import io.polyport.tracker.wiki.WikiServiceImpl;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Realistic pages saved and read back through the real wiki service and database (sanitiser included): their
 * HTML is well-formed and has the structure and classes Trac gives such pages.
 */
class RealisticPagesTest {
    private static final String BASE = "https://tracker.example";
    private static final Caller EDITOR = new Caller("editor", true,
            Set.of("XML_RPC", "WIKI_VIEW", "WIKI_CREATE", "WIKI_MODIFY"));

    @TempDir
    static Path dir;
    static Database database;
    static Gateway gateway;
    static final XPath XPATH = XPathFactory.newInstance().newXPath();

    @BeforeAll
    static void open() {
        database = TestDatabases.open(dir);
        database.dsl().execute("INSERT INTO ticket (id, type, time, changetime, component, severity, priority, owner, "
                + "reporter, cc, version, milestone, status, resolution, summary, description, keywords) VALUES "
                + "(1, 'defect', 0, 0, 'search', '', 'major', '', 'joe', '', '', '2.4', 'closed', 'fixed', "
                + "'Search is slow', '', '')");
        gateway = Gateway.of(List.of(ServiceBinding.of(WikiService.class,
                new WikiServiceImpl(database, new WikiConfig(BASE, null),
                        new TransactionalEvents(database)))), Limits.DEFAULT);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static Object call(String method, Object... args) {
        return gateway.invoker().invoke(new CallContext(EDITOR, "test", "r1"), method, Arrays.asList(args));
    }

    private static Document page(String name, String text) throws Exception {
        call("wiki.putPage", name, text, Map.of());
        String html = (String) call("wiki.getPageHTML", name);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    private static List<String> all(Document doc, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPATH.evaluate(xpath, doc, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }

    private static String one(Document doc, String xpath) throws Exception {
        return XPATH.evaluate(xpath, doc);
    }

    @Test
    void releaseNotes() throws Exception {
        Document doc = page("Release/2.4", RealisticPages.releaseNotes());
        assertThat(all(doc, "/html/body/h1/@id")).containsExactly("release-2.4");
        assertThat(all(doc, "/html/body/h2/@id")).containsExactly("Highlights", "Fixedtickets", "Upgrading");
        assertThat(one(doc, "//div[@class='wiki-toc']/h4")).isEqualTo("Contents");
        assertThat(all(doc, "//div[@class='wiki-toc']/ol/li/a/@href"))
                .containsExactly("#Highlights", "#Fixedtickets", "#Upgrading");
        assertThat(all(doc, "/html/body/ul/li")).hasSize(3);
        assertThat(all(doc, "/html/body/ul/li[3]/ol/li")).containsExactly("Remove it from config.yaml.\n",
                "Restart the server.\n");
        assertThat(one(doc, "/html/body/ul/li[3]/span[@class='underline']")).isEqualTo("Breaking:");
        assertThat(one(doc, "/html/body/ul/li[3]/del")).isEqualTo("deprecated");

        assertThat(all(doc, "//table[@class='wiki']//tr")).hasSize(4);
        assertThat(all(doc, "//table[@class='wiki']//tr[1]/th")).containsExactly(" Ticket ", " Summary ",
                " Component \n");
        Element closed = (Element) XPATH.evaluate("//table//tr[2]/td[1]/a", doc, XPathConstants.NODE);
        assertThat(closed.getAttribute("class")).isEqualTo("closed ticket");
        assertThat(closed.getAttribute("href")).isEqualTo(BASE + "/ticket/1");
        assertThat(closed.getAttribute("title")).isEqualTo("#1: Search is slow (closed)");
        assertThat(one(doc, "//table//tr[3]/td[1]/a/@class")).isEqualTo("missing ticket");

        assertThat(one(doc, "/html/body/blockquote[@class='citation']/p")).contains("Back up the database first.");
        assertThat(one(doc, "/html/body/blockquote/blockquote[@class='citation']/p/code"))
                .isEqualTo("cp polyport.db polyport.db.bak");
        assertThat(all(doc, "/html/body/dl[@class='wiki']/dt")).containsExactly("database", "config");
        assertThat(one(doc, "//dd/a[@class='missing wiki']/@href")).isEqualTo(BASE + "/wiki/Admin/Backup");
        assertThat(one(doc, "//a[@class='missing milestone'][1]/@rel")).isEqualTo("nofollow");
        assertThat(one(doc, "//a[@class='mail-link']/@href")).isEqualTo("mailto:support@example.org");
        assertThat(one(doc, "//a[@class='ext-link']/@href")).isEqualTo("http://forum.example.org/polyport");
        assertThat(all(doc, "/html/body/hr")).hasSize(1);
        assertThat(all(doc, "//p/em")).contains("Thanks to everyone who reported issues.");
        assertThat(all(doc, "//p/br")).hasSize(1);
        assertThat(call("wiki.listLinks", "Release/2.4")).isEqualTo(List.of("Admin/Backup", "TracLinks",
                "WikiFormatting"));
    }

    @Test
    void howToWithCodeTablesAndMacros() throws Exception {
        call("wiki.putPage", "Deploy/Windows", "= Windows =", Map.of());
        Document doc = page("Deploy", RealisticPages.howTo());
        assertThat(all(doc, "//div[@class='wiki-toc']//a/@href")).containsExactly("#DeployingPolyport",
                "#Prerequisites", "#Steps", "#Reverseproxy", "#CallingitfromPython");
        assertThat(all(doc, "//div[@class='wiki-code']/div[@class='code']/pre/@class"))
                .containsExactly("wiki language-sh", "wiki language-yaml", "wiki language-python");
        assertThat(one(doc, "//ol/li[2]/div[@class='wiki-code']//pre"))
                .isEqualTo("server:\n  port: 8080\nwiki:\n  defaultFormat: trac\n");
        assertThat(all(doc, "/html/body/ol/li")).hasSize(3);
        assertThat(one(doc, "//ol/li[1]/a[@class='ext-link']")).isEqualTo("\u200bthe download page");

        assertThat(one(doc, "//table[@class='listing']//tr[1]/th[1]/p")).isEqualTo("\nSetting\n");
        assertThat(one(doc, "//table[@class='listing']//tr[2]/td[2]/p/strong")).isEqualTo("/rpc");
        Element note = (Element) XPATH.evaluate("//div[@class='important']", doc, XPathConstants.NODE);
        assertThat(note.getAttribute("style")).isEqualTo("border:1px solid #c00;padding:0.5em");
        assertThat(one(doc, "//div[@class='important']/p/strong")).isEqualTo("Note:");

        Element image = (Element) XPATH.evaluate("//img", doc, XPathConstants.NODE);
        assertThat(image.getAttribute("src")).isEqualTo(BASE + "/raw-attachment/wiki/Deploy/architecture.png");
        assertThat(image.getAttribute("width")).isEqualTo("400px");
        assertThat(((Element) image.getParentNode()).getAttribute("href"))
                .isEqualTo(BASE + "/attachment/wiki/Deploy/architecture.png");
        assertThat(all(doc, "//div[@class='titleindex']//a")).containsExactly("Deploy", "Deploy/Windows");
        assertThat(one(doc, "/html/body")).doesNotContain("TODO");
    }
}
