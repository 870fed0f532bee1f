package org.communityjourneys.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.communityjourneys.voting.bench.BallotLoadDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium, headless, for the cluster's browser checks (plain mains run by
 * scripts/cluster.sh against running nodes, where {@link BrowserTestCase}'s Spring context is not
 * there): a throw-away profile, and the few moves a person makes on our screens.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(60);

    final ChromeDriver browser;
    private final Path profile;
    private final Path screenshots;

    HeadlessChromium(Path screenshots) throws Exception {
        this.screenshots = screenshots;
        Files.createDirectories(screenshots);
        profile = Files.createTempDirectory("cj-chromium-");
        ChromeOptions chrome = new ChromeOptions();
        chrome.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        chrome.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, chrome);
    }

    /** Logs in on the login page of {@code base} with the drivers' password. */
    void logIn(String base, String username) {
        browser.get(base + "/login");
        WebElement user = new WebDriverWait(browser, WAIT).until(b -> b.findElements(
                By.cssSelector("vaadin-login-form input[name='username']")).stream().findFirst().orElse(null));
        user.sendKeys(username);
        WebElement password = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        password.sendKeys(BallotLoadDriver.PASSWORD, Keys.ENTER);
        new WebDriverWait(browser, WAIT).until(b -> !b.getCurrentUrl().contains("/login"));
        waitForVaadin();
    }

    void open(String url) {
        browser.get(url);
        waitForVaadin();
    }

    /** Presses a button as a person would after scrolling to it. */
    void press(String id) {
        WebElement button = new WebDriverWait(browser, WAIT).until(b -> b.findElements(By.id(id)).stream().findFirst().orElse(null));
        script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", button);
        waitForVaadin();
    }

    /** Types into a Vaadin field's input, then leaves it (which sends the value). */
    void type(String id, String text) {
        WebElement input = inputOf(id);
        input.clear();
        input.sendKeys(text, Keys.TAB);
        waitForVaadin();
    }

    /** Sets a web component's value property (e.g. a date picker's ISO value) as a user change. */
    void setValue(String id, String value) {
        WebElement field = new WebDriverWait(browser, WAIT).until(b -> b.findElements(By.id(id)).stream().findFirst().orElse(null));
        script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));", field, value);
        waitForVaadin();
    }

    /** Picks an item of a Vaadin combo box by typing and clicking its label. */
    void choose(String id, String label) {
        WebElement input = inputOf(id);
        input.click();
        input.sendKeys(label);
        By item = By.xpath("//*[self::vaadin-combo-box-item or self::vaadin-multi-select-combo-box-item][normalize-space(.)='" + label + "']");
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(item)).click();
        input.sendKeys(Keys.ESCAPE);
        waitForVaadin();
    }

    /** Waits until the element's text contains {@code text}; false after the wait. */
    boolean waitForText(String id, String text) {
        try {
            new WebDriverWait(browser, WAIT, Duration.ofMillis(300))
                    .until(b -> b.findElements(By.id(id)).stream().anyMatch(element -> element.getText().contains(text)));
            return true;
        } catch (org.openqa.selenium.TimeoutException never) {
            return false;
        }
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    void waitForVaadin() {
        BrowserTestCase.waitForVaadin(browser, WAIT);
    }

    void shot(String name) {
        try {
            Files.write(screenshots.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (Exception ignored) {
            // a screenshot is for looking at, not for the verdict
        }
    }

    private WebElement inputOf(String id) {
        WebElement field = new WebDriverWait(browser, WAIT).until(b -> b.findElements(By.id(id)).stream().findFirst().orElse(null));
        return field.findElements(By.cssSelector("input, textarea")).stream().findFirst().orElse(field);
    }

    @Override
    public void close() {
        browser.quit();
        try {
            FileSystemUtils.deleteRecursively(profile);
        } catch (java.io.IOException left) {
            // a temporary profile left behind is no failure of the check
        }
    }
}
