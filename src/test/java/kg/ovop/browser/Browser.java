package kg.ovop.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import kg.ovop.TestEnvironment;

/**
 * Debian's headless Chromium through its own chromedriver; nothing is downloaded (Selenium
 * Manager is bypassed by naming both binaries). Screenshots go to target/screenshots/.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Skips (or fails under CI=true) when Chromium is missing. */
    public static Browser open() {
        TestEnvironment.requireChromium();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(TestEnvironment.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(TestEnvironment.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=en-US");
        return new Browser(new ChromeDriver(service, options));
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String url) {
        driver.get(url);
    }

    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement clickable(By by) {
        return wait.until(ExpectedConditions.elementToBeClickable(by));
    }

    /**
     * Logs in to a Camunda webapp. The login form can render before Angular has bound it, which
     * swallows the first keystrokes; so it types again until the form goes away.
     */
    public void loginToCamunda(String url, String user, String password) {
        go(url);
        By username = By.cssSelector("input[placeholder='Username']");
        for (int attempt = 1; ; attempt++) {
            WebElement name = visible(username);
            name.clear();
            name.sendKeys(user);
            WebElement secret = visible(By.cssSelector("input[placeholder='Password']"));
            secret.clear();
            secret.sendKeys(password);
            clickable(By.xpath("//button[normalize-space()='Log in']")).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(username));
                return;
            } catch (org.openqa.selenium.TimeoutException stillThere) {
                if (attempt == 3) {
                    throw stillThere;
                }
            }
        }
    }

    /** Scrolls the element to the middle first: Tasklist's form pane overlaps what sits at its edges. */
    public void click(By by) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /**
     * Runs axe-core on the current page with the WCAG 2.0 and 2.1 A/AA rules and returns one line
     * per violation (rule, impact, the elements), empty when the page passes.
     */
    public List<String> accessibilityViolations() {
        driver.executeScript(AxeScript.SOURCE);
        Object lines = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                    .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))))
                    .catch(error => done(['axe-core did not run: ' + error]));
                """);
        return ((List<?>) lines).stream().map(String::valueOf).toList();
    }

    /** Fails with every axe-core violation of the current page listed. */
    public void assertAccessible(String page) {
        List<String> violations = accessibilityViolations();
        if (!violations.isEmpty()) {
            screenshot(page + "-axe");
            throw new AssertionError("WCAG 2.1 AA violations on " + page + " (" + driver.getCurrentUrl() + "):\n  "
                    + String.join("\n  ", violations));
        }
    }

    /** Loaded once: axe.min.js is half a megabyte. */
    private static final class AxeScript {
        static final String SOURCE = load();

        private static String load() {
            try (var in = Browser.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public void until(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the steps of a scenario; when one fails, the page as it was is kept as {@code <name>-failure.png}. */
    public void scenario(String name, Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError failure) {
            screenshot(name + "-failure");
            throw failure;
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
