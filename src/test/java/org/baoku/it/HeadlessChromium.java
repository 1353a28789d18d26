package org.baoku.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;

import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * A headless Chromium driven through chromedriver, both from the OS ({@code apt-get install chromium
 * chromium-driver fonts-noto-cjk}; bin/verify-all installs them). Without them a test fails, it is never
 * skipped. Other locations: {@code -Dbaoku.chromium=…} and {@code -Dbaoku.chromedriver=…}. Screenshots go
 * to {@code target/dashboard-screenshots/}.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path SCREENSHOTS = TestInboxes.PROJECT.resolve("target/dashboard-screenshots");

    private final WebDriver driver;
    private final Path profile;
    private final Duration bound;

    private HeadlessChromium(WebDriver driver, Path profile, Duration bound) {
        this.driver = driver;
        this.profile = profile;
        this.bound = bound;
    }

    /** Starts the browser; {@link #await} waits at most {@code bound} for anything. */
    static HeadlessChromium start(Duration bound) throws IOException {
        Path chromium = executable("baoku.chromium", "/usr/bin/chromium", "Chromium");
        Path chromedriver = executable("baoku.chromedriver", "/usr/bin/chromedriver", "chromedriver");
        Path profile = Files.createTempDirectory("dashboard-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // the network is closed: without these Chromium waits on connections it never gets
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1400", "--user-data-dir=" + profile,
                // -Dit.portOffset=2000 puts HTTP on 10080, a port Chromium refuses (ERR_UNSAFE_PORT) unless told
                "--explicitly-allowed-ports=10080");
        System.setProperty("webdriver.chrome.driver", chromedriver.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile, bound);
    }

    private static Path executable(String property, String standard, String what) {
        Path path = Path.of(System.getProperty(property, standard));
        if (!Files.isExecutable(path)) {
            fail(what + " not found at " + path + ". The dashboard tests drive headless Chromium through chromedriver: "
                    + "install both with `apt-get install -y chromium chromium-driver fonts-noto-cjk` (bin/verify-all "
                    + "does), or give their paths with -D" + property + "=…");
        }
        return path;
    }

    WebDriver driver() {
        return driver;
    }

    /** Polls the page every 200 ms until the condition holds (non-null, not false), at most the bound. */
    <T> T await(String what, Function<WebDriver, T> condition) {
        return new FluentWait<>(driver)
                .withTimeout(bound)
                .pollingEvery(Duration.ofMillis(200))
                .ignoring(NoSuchElementException.class)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NumberFormatException.class)
                .withMessage(() -> "dashboard never showed: " + what)
                .until(condition);
    }

    void screenshot(String name) throws IOException {
        if (driver instanceof TakesScreenshot camera) {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), camera.getScreenshotAs(OutputType.BYTES));
        }
    }

    /** The screenshot and the page's HTML as they were when a test failed. */
    void keepFailure(String name) throws IOException {
        screenshot(name);
        Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    }

    /** The application's address with the user's name and password in it: the browser signs in with BASIC. */
    static String signedIn(URL application, String user) {
        String userInfo = URLEncoder.encode(user, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8);
        return application.getProtocol() + "://" + userInfo + "@" + application.getHost() + ":" + application.getPort()
                + application.getPath();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
