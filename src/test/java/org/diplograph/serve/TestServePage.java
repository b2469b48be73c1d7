package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The page in a real headless Chromium (Debian's chromium and chromedriver, installed by .ci/install-browser.sh)
 * against the server over the seed store plus the fixture: the network renders, a click on a line shows the
 * pair's timeline, the official search and the SPARQL views work. Skipped where Chromium is not installed.
 * Screenshots go to {@code <build dir>/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestServePage {
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static RunningServer running;
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no " + CHROMIUM + " or " + CHROMEDRIVER + ": run .ci/install-browser.sh");
        running = RunningServer.readOnly(ServeFixtures.seedAndFixtureStore());
        profile = Files.createTempDirectory("diplograph-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,1000");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, Level.ALL.getName()));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
    }

    @AfterAll
    static void stop() {
        if (browser != null)
            browser.quit();
        if (running != null)
            running.close();
        if (profile != null)
            ServeFixtures.deleteQuietly(profile);
    }

    @Test
    @Order(1)
    void networkRendersWithTheSeedAndTheFixture() throws IOException {
        browser.get(running.server.url());
        waitFor("the network", () -> "ready".equals(body("network")));
        int nodes = Integer.parseInt(body("nodes")), edges = Integer.parseInt(body("edges"));
        assertTrue(nodes >= 10, "seed countries plus India: " + nodes);
        assertTrue(edges >= 10, "co-mentions of the seed plus the fixture's events: " + edges);
        assertTrue(browser.findElement(By.cssSelector("#chart canvas")).getSize().getWidth() > 300, "the chart is drawn");
        assertTrue(text("network-status").startsWith(nodes + " countries, " + edges + " pairs"));
        screenshot("network");
    }

    @Test
    @Order(2)
    void clickingTheLineBetweenTwoCountriesShowsTheirTimeline() throws IOException {
        clickEdge("PK", "US");
        waitFor("the PK-US timeline", () -> "PK-US".equals(body("pair"))
                && browser.findElements(By.cssSelector("#timeline li")).size() >= 3);
        assertEquals("Pakistan and United States", text("pair-title"));
        String timeline = text("timeline");
        assertTrue(timeline.contains("Pakistan's Foreign Minister Ishaq Dar met US Secretary of State Marco Rubio"), timeline);
        assertTrue(timeline.contains("US AGREE PK"), timeline);
        assertTrue(timeline.contains("Pakistan values its partnership"), timeline);
        WebElement link = browser.findElement(By.cssSelector("#timeline li a.source"));
        assertEquals("https://example.org/news/dar-rubio-talks", link.getAttribute("href"));
        assertEquals("Dar and Rubio hold talks in Washington", link.getText());

        browser.findElement(By.cssSelector("#pair-sparql summary")).click();
        String sparql = text("pair-sparql");
        assertTrue(sparql.contains("SELECT") && sparql.contains("\"PK\"") && sparql.contains("\"US\""), sparql);
        screenshot("timeline");
    }

    @Test
    @Order(3)
    void searchingAnOfficialShowsPostsMeetingsAndStatements() throws IOException {
        WebElement search = browser.findElement(By.id("official"));
        search.clear();
        search.sendKeys("dar");
        browser.findElement(By.cssSelector("#official-search button")).click();
        waitFor("the official's record", () -> "dar".equals(body("official"))
                && text("statements").contains("partnership"));
        assertTrue(text("posts").contains("Ishaq Dar — Foreign Minister (PK)"), text("posts"));
        assertTrue(text("meetings").contains("Marco Rubio"), text("meetings"));
        assertTrue(text("meetings").contains("talks"), text("meetings"));
        browser.findElement(By.cssSelector("#statements-sparql summary")).click();
        assertTrue(text("statements-sparql").contains("dg:Statement"), text("statements-sparql"));
        screenshot("official");
    }

    @Test
    @Order(4)
    void theDateRangeFiltersTheNetwork() throws IOException {
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('from').value = '2025-05-01'; document.getElementById('to').value = '2025-05-31';"
                        + "delete document.body.dataset.network;");
        browser.findElement(By.cssSelector("#range button[type=submit]")).click();
        waitFor("the filtered network", () -> "ready".equals(body("network")));
        assertEquals("2", body("nodes"), "only India and Pakistan in May 2025");
        assertEquals("1", body("edges"));
        screenshot("network-may-2025");
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(errors.isEmpty(), "no errors in the browser console: " + errors);
    }

    /** A real click on the chart, at the middle of the line the chart drew between two countries. */
    private static void clickEdge(String a, String b) {
        @SuppressWarnings("unchecked")
        Map<String, Number> point = (Map<String, Number>) ((JavascriptExecutor) browser)
                .executeScript("return window.diplograph.edgeMidpoint(arguments[0], arguments[1]);", a, b);
        WebElement chart = browser.findElement(By.id("chart"));
        int dx = (int) Math.round(point.get("x").doubleValue() - chart.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(point.get("y").doubleValue() - chart.getSize().getHeight() / 2.0);
        new Actions(browser).moveToElement(chart, dx, dy).click().perform();
    }

    private static String body(String key) {
        return browser.findElement(By.tagName("body")).getDomAttribute("data-" + key);
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline)
                throw new AssertionError("timed out waiting for " + what + "; page text: "
                        + browser.findElement(By.tagName("body")).getText());
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("diplograph.buildDir", "target"), "screenshots");
        Files.createDirectories(dir);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
