package org.g5sahel.pcms.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the console: Debian's chromium, headless, driven by its chromedriver, with a profile of its own
 * (nothing shared between officers). Each journey keeps its screenshots under {@code target/screenshots/<journey>/}.
 */
public final class Browser implements AutoCloseable {

    /** The same devices officers use: a desktop, and the smallest common phone. */
    public enum Device {
        DESKTOP(1280, 900),
        PHONE(360, 740);

        final int width;
        final int height;

        Device(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getProperty("pcms.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("pcms.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final Path shots;
    private int shot;

    private Browser(ChromeDriver driver, Path profile, Path shots) {
        this.driver = driver;
        this.profile = profile;
        this.shots = shots;
    }

    /** A fresh browser whose preferred language is {@code language} (its Accept-Language). */
    public static Browser open(String journey, String language, Device device) {
        try {
            Path profile = Files.createTempDirectory("pcms-chromium-");
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM);
            // The machine's network is closed: Chromium's own background traffic would only fail, slowly.
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-extensions",
                    "--disable-quic",
                    "--lang=" + language,
                    "--user-data-dir=" + profile,
                    "--window-size=" + device.width + "," + device.height);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            Path shots = SCREENSHOTS.resolve(journey);
            Files.createDirectories(shots);
            return new Browser(driver, profile, shots);
        } catch (IOException e) {
            throw new IllegalStateException("Could not prepare a browser profile", e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a console path (through the gateway, as officers do). */
    public Browser go(String path) {
        driver.get(Platform.GATEWAY + path);
        return this;
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(Platform.GATEWAY) ? url.substring(Platform.GATEWAY.length()) : url;
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser click(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)))
                .click();
        return this;
    }

    /**
     * Waits until the page's path starts with {@code prefix}. When it does not, the failure names the page the browser
     * is on and what it says, and a screenshot of it is kept: a journey that went elsewhere tells where.
     */
    public Browser awaitPath(String prefix) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> path().startsWith(prefix));
        } catch (TimeoutException e) {
            Path kept = screenshot("timeout-awaiting-" + prefix.replaceAll("[^A-Za-z0-9]+", "-"));
            String body = driver.findElements(By.tagName("body")).stream()
                    .findFirst()
                    .map(WebElement::getText)
                    .orElse("");
            throw new AssertionError(
                    "Waited 30 s for " + prefix + " but the browser is on " + path() + " (« "
                            + driver.getTitle() + " »), screenshot " + kept + ", page: "
                            + body.substring(0, Math.min(600, body.length())),
                    e);
        }
        return this;
    }

    /**
     * Signs in at Keycloak's page with a PCMS account: username and password, then the second factor, as an
     * authenticator app computes it.
     */
    public Browser signIn(String username) {
        type("#username", username).type("#password", "demo").click("#kc-login");
        type("#otp", Totp.code(Totp.DEMO_SECRET)).click("#kc-login");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(Platform.GATEWAY));
        return this;
    }

    /** Keeps a screenshot of the page as it is, numbered in the journey's order. */
    public Path screenshot(String name) {
        try {
            Path file = shots.resolve(String.format("%02d-%s.png", ++shot, name));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("Could not keep a screenshot", e);
        }
    }

    /** No serious or critical accessibility violation on the page, as axe-core judges it. */
    public void assertAccessible() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> grave = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(grave)
                .as("axe-core violations on " + path() + ": "
                        + grave.stream()
                                .map(rule -> rule.getId() + " "
                                        + rule.getNodes().stream()
                                                .map(node -> node.getTarget().toString())
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("; ")))
                .isEmpty();
    }

    /** Whether the page scrolls sideways (it must not, on a 360 px phone). */
    public boolean scrollsSideways() {
        return Boolean.TRUE.equals(
                script("return document.documentElement.scrollWidth > " + "document.documentElement.clientWidth;"));
    }

    /**
     * Bytes transferred for the current page and what it loaded (the Resource Timing API's transferSize: compressed
     * bodies and headers; 0 for what came from the browser's cache).
     */
    public long transferredBytes() {
        Object bytes = script("return performance.getEntriesByType('navigation').concat("
                + "performance.getEntriesByType('resource')).reduce((sum, e) => sum + (e.transferSize || 0), 0);");
        return ((Number) bytes).longValue();
    }

    /** Milliseconds from the start of navigation to the page's load event. */
    public long loadMillis() {
        Object millis =
                script("const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime;");
        return Math.round(((Number) millis).doubleValue());
    }

    /** Empties the HTTP cache, the service worker and its caches (the session cookie stays). */
    public void forgetCachedFiles() {
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        asyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.serviceWorker.getRegistrations()"
                + ".then(rs => Promise.all(rs.map(r => r.unregister())))"
                + ".then(() => caches.keys()).then(ks => Promise.all(ks.map(k => caches.delete(k))))"
                + ".then(() => done(true), () => done(false));");
    }

    /** A poor mobile link: throughput in kbit/s both ways, and round-trip latency. */
    public void throttle(int kilobitsPerSecond, int latencyMillis) {
        HasNetworkConditions network = driver;
        var conditions = new org.openqa.selenium.chromium.ChromiumNetworkConditions();
        conditions.setLatency(Duration.ofMillis(latencyMillis));
        conditions.setDownloadThroughput(kilobitsPerSecond * 1000 / 8);
        conditions.setUploadThroughput(kilobitsPerSecond * 1000 / 8);
        network.setNetworkConditions(conditions);
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    public Object asyncScript(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(javascript, arguments);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind harms nothing
            }
        }
    }
}
