package io.polyport.server.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.HttpCredentials;
import io.polyport.server.http.SecurityHeaders;
import io.polyport.server.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The docs page in a real headless Chromium (Debian's {@code chromium}, driven by Playwright, which downloads no
 * browser: {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1} is set by surefire). Skipped, not failed, when
 * {@code /usr/bin/chromium} is missing; {@code .ci/run} installs it. Screenshots go to
 * {@code server/target/screenshots/}.
 */
class DocsPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Records every Content-Security-Policy violation, before any page script runs. */
    private static final String CSP_LISTENER = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + "e.violatedDirective + ' ' + e.blockedURI));";

    private static TestServer server;
    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Browser tests skipped: no Chromium at " + CHROMIUM
                + " (Debian: apt-get install chromium; .ci/run installs it)");
        server = TestServer.start();
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    private Page open(String path, boolean admin, boolean javaScript) {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setJavaScriptEnabled(javaScript)
                .setViewportSize(1400, 1000);
        if (admin) {
            options.setHttpCredentials(new HttpCredentials("admin", TestServer.ADMIN_PASSWORD));
        }
        context = browser.newContext(options);
        context.addInitScript(CSP_LISTENER);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") || message.type().equals("warning")) {
                consoleErrors.add(message.type() + ": " + message.text());
            }
        });
        page.onPageError(error -> consoleErrors.add("page error: " + error));
        Response response = page.navigate(server.uri(path).toString());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headerValue("content-security-policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        page.waitForLoadState();
        return page;
    }

    private static Locator method(Page page, String name) {
        return page.locator("article[data-method='" + name + "']");
    }

    private void assertNoErrorsOrViolations(Page page) {
        assertThat(consoleErrors).isEmpty();
        assertThat(page.evaluate("window.__cspViolations.length")).isEqualTo(0);
    }

    @Test
    void loadsWithoutConsoleErrorsOrCspViolations() {
        long started = System.nanoTime();
        Page page = open("/login/rpc", true, true);
        long loadMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(method(page, "ticket.get").isVisible()).isTrue();
        assertThat(page.locator("article.method").count()).isGreaterThan(60);
        assertThat(method(page, "ticket.get").locator("figcaption").allTextContents())
                .contains("XML-RPC", "JSON-RPC 1.0 (Trac)", "JSON-RPC 2.0", "REST GET /rest/tickets/{id}");
        assertThat(page.locator("#Errors tr").count()).isGreaterThan(10);
        assertThat(page.locator("form.try").first().isVisible()).isTrue();
        assertNoErrorsOrViolations(page);
        Object weight = page.evaluate("performance.getEntriesByType('navigation')[0].transferSize + "
                + "performance.getEntriesByType('resource').reduce((sum, r) => sum + r.transferSize, 0)");
        Object domLoaded = page.evaluate("Math.round(performance.getEntriesByType('navigation')[0]"
                + ".domContentLoadedEventEnd)");
        page.reload();
        Object warmDomLoaded = page.evaluate("Math.round(performance.getEntriesByType('navigation')[0]"
                + ".domContentLoadedEventEnd)");
        System.out.println("docs page: " + weight + " bytes transferred (page, script, style), DOMContentLoaded at "
                + domLoaded + " ms (first load, navigation returned after " + loadMillis + " ms), "
                + warmDomLoaded + " ms on reload");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("docs-top.png")));
        page.navigate(server.uri("/login/rpc").toString() + "#ticket.create");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("docs-ticket-create.png")));
    }

    @Test
    void searchFiltersTheList() {
        Page page = open("/login/rpc", true, true);
        page.fill("#search", "wiki.getpage");

        assertThat(method(page, "wiki.getPage").isVisible()).isTrue();
        assertThat(method(page, "wiki.getPageHTML").isVisible()).isTrue();
        assertThat(method(page, "ticket.get").isHidden()).isTrue();
        assertThat(page.locator(".toc li[data-method='ticket.get']").isHidden()).isTrue();
        assertThat(page.locator("section[id='rpc.ticket']").isHidden()).isTrue();
        page.fill("#search", "no such method anywhere");
        assertThat(page.locator("#no-match").isVisible()).isTrue();
        page.fill("#search", "");
        assertThat(method(page, "ticket.get").isVisible()).isTrue();
        assertNoErrorsOrViolations(page);
    }

    @Test
    void tryItCreatesOverXmlRpcThenReadsOverJsonRpcAndRest() {
        Page page = open("/login/rpc", true, true);
        Locator create = method(page, "ticket.create");
        create.locator("input[name='summary']").fill("\"Made in the browser\"");
        create.locator("input[name='description']").fill("\"by the try-it form <b>escaped</b>\"");
        create.locator("select[name='protocol']").selectOption("xmlrpc");
        create.locator("button[type='submit']").click();
        Locator created = create.locator(".raw-response");
        page.waitForCondition(() -> created.textContent().contains("<int>"));
        assertThat(create.locator(".raw-request").textContent()).contains("POST /login/xmlrpc", "<methodName>"
                + "ticket.create</methodName>");
        Matcher id = Pattern.compile("<int>(\\d+)</int>").matcher(created.textContent());
        assertThat(id.find()).isTrue();
        create.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("try-create-xmlrpc.png")));

        Locator get = method(page, "ticket.get");
        get.locator("input[name='id']").fill(id.group(1));
        for (String protocol : List.of("jsonrpc2", "rest")) {
            get.locator("select[name='protocol']").selectOption(protocol);
            get.locator(".raw-response").evaluate("node => node.textContent = ''");
            get.locator("button[type='submit']").click();
            page.waitForCondition(() -> get.locator(".raw-response").textContent().contains("HTTP "));
            String response = get.locator(".raw-response").textContent();
            assertThat(response).as(protocol).startsWith("HTTP 200").contains("Made in the browser");
        }
        assertThat(get.locator(".raw-request").textContent()).contains("POST /login/rest/rpc/ticket.get");
        get.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("try-get-rest.png")));
        assertNoErrorsOrViolations(page);
    }

    @Test
    void anonymousSeesOnlyWhatAnonymousMayCall() {
        server.grant("anonymous", "XML_RPC");
        try {
            Page page = open("/rpc", false, true);
            assertThat(page.locator("header").textContent()).contains("anonymous");
            assertThat(method(page, "wiki.getPage").count()).isEqualTo(1);
            assertThat(method(page, "system.listMethods").count()).isEqualTo(1);
            assertThat(method(page, "ticket.get").count()).as("anonymous has TICKET_VIEW by default").isEqualTo(1);
            assertThat(method(page, "ticket.create").count()).isZero();
            assertThat(method(page, "ticket.delete").count()).isZero();
            assertThat(method(page, "ticket.milestone.delete").count()).isZero();
            assertThat(method(page, "ticket.component.create").count()).isZero();
            Locator listMethods = method(page, "system.listMethods");
            listMethods.locator("select[name='protocol']").selectOption("jsonrpc2");
            listMethods.locator("button[type='submit']").click();
            page.waitForCondition(() -> listMethods.locator(".raw-response").textContent().contains("HTTP "));
            assertThat(listMethods.locator(".raw-request").textContent()).contains("POST /jsonrpc");
            assertThat(listMethods.locator(".raw-response").textContent()).contains("wiki.getPage")
                    .doesNotContain("ticket.create");
            assertNoErrorsOrViolations(page);
        } finally {
            server.revoke("anonymous", "XML_RPC");
        }
    }

    @Test
    void readsWithoutJavaScript() {
        Page page = open("/login/rpc", true, false);
        assertThat(method(page, "ticket.get").locator("pre").first().textContent()).contains("ticket.get");
        assertThat(method(page, "ticket.get").locator("form.try").isHidden()).isTrue();
        assertThat(page.locator("[id='ticket.get'] table.params").textContent()).contains("id", "int", "required");
    }
}
