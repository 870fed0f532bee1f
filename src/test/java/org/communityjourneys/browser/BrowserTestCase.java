package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * Starts the whole application on a random port and drives it with a headless Chromium, one fresh
 * browser profile per test. Steps can be photographed ({@link #screenshot}, PNGs under
 * {@code target/screenshots/<test class>.<test method>/}) and checked with axe-core for WCAG 2.1
 * A and AA violations ({@link #assertAccessible}). Test classes are named {@code *BrowserIT} and
 * run in the failsafe phase of {@code ./mvnw verify}.
 */
// as in real use the job executor runs the journey's asynchronous steps; the development-mode
// tools popup would cover the screenshots
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=true", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("test")
public abstract class BrowserTestCase {

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** Demo users' password (application-test.properties turns the demo users on). */
    protected static final String PASSWORD = "journeys";
    /** The first page load may wait while Vaadin rebuilds an outdated development bundle. */
    static final Duration FIRST_LOAD = Duration.ofMinutes(10);
    static final Duration STEP = Duration.ofSeconds(20);
    static final int MOST_TABS = 60;

    @LocalServerPort
    protected int port;

    protected ChromeDriver driver;
    private Path profile;
    private Path screenshotFolder;
    private int screenshotNumber;

    @BeforeEach
    void startBrowser(TestInfo test) throws IOException {
        profile = Files.createTempDirectory("cj-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--lang=" + browserLanguage(), "--window-size=1280,900", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", browserLanguage()));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(FIRST_LOAD);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        String method = test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test");
        screenshotFolder = SCREENSHOTS.resolve(getClass().getSimpleName() + "." + method);
        FileSystemUtils.deleteRecursively(screenshotFolder);
        Files.createDirectories(screenshotFolder);
        screenshotNumber = 0;
    }

    @AfterEach
    void stopBrowser() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    /** The language the browser asks for; a test may pretend to be a browser set to another one. */
    protected String browserLanguage() {
        return "en-GB";
    }

    /** The app's address for a path such as {@code "/tasks"}. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page and waits until Vaadin has rendered it and has no request in flight. */
    protected void open(String path) {
        driver.get(url(path));
        waitForVaadin(FIRST_LOAD);
    }

    /** Waits until the Vaadin client has started and finished talking to the server. */
    protected void waitForVaadin() {
        waitForVaadin(STEP);
    }

    private void waitForVaadin(Duration timeout) {
        waitForVaadin(driver, timeout);
    }

    /** Waits until the page's Vaadin client has started and has no request in flight (also for stand-alone checks). */
    static void waitForVaadin(org.openqa.selenium.WebDriver browser, Duration timeout) {
        new WebDriverWait(browser, timeout).until(page -> Boolean.TRUE.equals(((JavascriptExecutor) page).executeScript(
                "if (document.readyState !== 'complete') { return false; }"
                        + "const flow = window.Vaadin && window.Vaadin.Flow;"
                        + "if (!flow || !flow.clients) { return false; }"
                        + "const clients = Object.values(flow.clients).filter(c => c && typeof c.isActive === 'function');"
                        + "return clients.length > 0 && clients.every(c => !c.isActive());")));
    }

    protected void resizeTo(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Logs in a demo account through the login page and waits until the app has left it. */
    protected void logIn(String username) {
        logIn(username, PASSWORD);
    }

    /** Logs in through the login page with this password and waits until the app has left it. */
    protected void logIn(String username, String secret) {
        open("/login");
        WebElement user = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(username);
        WebElement password = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        password.sendKeys(secret);
        password.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, STEP).until(browser -> !browser.getCurrentUrl().contains("/login"));
        waitForVaadin(FIRST_LOAD);
    }

    /**
     * Opens a page again and again until the element shows up: for what the job executor does
     * in the background, such as a task appearing after a journey's asynchronous first step.
     */
    protected WebElement openUntilShown(String path, Runnable beforeLooking, By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofSeconds(2)).until(browser -> {
            open(path);
            beforeLooking.run();
            List<WebElement> found = browser.findElements(locator);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    protected WebElement waitFor(By locator) {
        return new WebDriverWait(driver, STEP).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** A Vaadin field by its id; returns the native input (or textarea) slotted into it. */
    protected WebElement inputOf(String id) {
        WebElement field = waitFor(By.id(id));
        List<WebElement> inputs = field.findElements(By.cssSelector("input, textarea"));
        return inputs.isEmpty() ? field : inputs.get(0);
    }

    /** Types into a Vaadin text, number or text-area field and leaves it, so its value is sent. */
    protected void type(String id, String text) {
        WebElement input = inputOf(id);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    /** Sets a property of a web component (e.g. a date picker's ISO {@code value}) as a user change. */
    protected void setValue(String id, String value) {
        WebElement field = waitFor(By.id(id));
        driver.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));", field, value);
        waitForVaadin();
    }

    /** Picks an item of a Vaadin combo box (single or multi) by typing and clicking its label. */
    protected void choose(String id, String label) {
        WebElement input = inputOf(id);
        input.click();
        input.sendKeys(label);
        By item = By.xpath("//*[self::vaadin-combo-box-item or self::vaadin-multi-select-combo-box-item]"
                + "[normalize-space(.)=" + xpathLiteral(label) + "]");
        new WebDriverWait(driver, STEP).until(ExpectedConditions.elementToBeClickable(item)).click();
        input.sendKeys(Keys.ESCAPE);
        waitForVaadin();
    }

    /**
     * Clicks an element by its id after scrolling it to the middle of the view: long forms put
     * their buttons below the fold, where the app layout's scroll container would catch the click.
     */
    protected void click(String id) {
        WebElement element = waitFor(By.id(id));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        new WebDriverWait(driver, STEP).until(ExpectedConditions.elementToBeClickable(element)).click();
        waitForVaadin();
    }

    /** Presses the confirming button of the open confirmation dialog, by its label. */
    protected void confirmDialog(String label) {
        WebElement button = new WebDriverWait(driver, STEP).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[@slot='confirm-button' and normalize-space(.)=" + xpathLiteral(label) + "]")));
        button.click();
        waitForVaadin();
    }

    /** Presses Tab until the focused element is (inside) one matching the CSS selector. */
    protected void tabTo(String selector) {
        for (int presses = 0; presses < MOST_TABS; presses++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (focusIsIn(selector)) {
                return;
            }
        }
        org.assertj.core.api.Assertions.fail("%d presses of Tab never reached %s", MOST_TABS, selector);
    }

    protected boolean focusIsIn(String selector) {
        return Boolean.TRUE.equals(driver.executeScript(
                "const focused = document.activeElement;"
                        + "return !!(focused && focused !== document.body && focused.closest(arguments[0]));", selector));
    }

    /** Types or presses keys on whatever has focus, then waits for the server round trip. */
    protected void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        waitForVaadin();
    }

    /** Saves a PNG of the viewport as {@code NN-step.png}, numbered in the order taken. */
    protected Path screenshot(String step) {
        try {
            Path file = screenshotFolder.resolve(String.format("%02d-%s.png", ++screenshotNumber, step));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("Could not save the screenshot " + step, e);
        }
    }

    /**
     * Problems inside Vaadin's own web components that the application cannot fix; each is
     * tolerated only for the rule and the element named here, never in general.
     */
    record KnownIssue(String ruleId, String elementStart, String reason) {

        boolean covers(Rule rule, CheckedNode node) {
            return rule.getId().equals(ruleId) && node.getHtml() != null && node.getHtml().startsWith(elementStart);
        }
    }

    static final List<KnownIssue> KNOWN_ISSUES = List.of(new KnownIssue("aria-allowed-attr", "<vaadin-date-time-picker",
            "Vaadin 24.9 puts aria-required on the date-time picker's host, which has role=group; "
                    + "its date and time inputs carry the required state themselves"));

    /** Runs axe-core on the current page and fails with a readable list of WCAG 2.1 A/AA violations. */
    protected void assertAccessible(String step) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        assertThat(results.getPasses()).as("axe-core checked %s", step).isNotEmpty();
        List<Rule> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            List<CheckedNode> nodes = rule.getNodes().stream()
                    .filter(node -> KNOWN_ISSUES.stream().noneMatch(known -> known.covers(rule, node)))
                    .toList();
            if (!nodes.isEmpty()) {
                rule.setNodes(nodes);
                violations.add(rule);
            }
        }
        assertThat(violations).as("accessibility violations on %s (%s):%n%s", step, driver.getCurrentUrl(),
                describe(violations)).isEmpty();
    }

    static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                        + rule.getNodes().stream().map(node -> "\n    at " + node.getTarget() + " " + node.getFailureSummary())
                                .collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "',\"'\",'") + "')";
    }
}
