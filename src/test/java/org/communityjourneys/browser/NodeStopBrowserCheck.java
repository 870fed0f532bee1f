package org.communityjourneys.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.communityjourneys.voting.bench.BallotLoadDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resident's browser session through HAProxy while its node is stopped gracefully
 * (scripts/cluster.sh, scenario "a node stopped under a browser"). Plain main, run from the test
 * classpath with Debian's Chromium:
 *
 * <pre>
 * --lb URL --jdbc URL --user U --password P --stop "scripts/cluster.sh stop-node %s" [--screenshots DIR]
 * </pre>
 *
 * The resident logs in, opens the ballot of an open vote and ticks an idea; the node the balancer's
 * cookie names is stopped; the resident presses "Cast my vote". They must be asked to log in again
 * (on the other node), nothing of the half-made ballot may be stored, and after logging in they
 * cast it whole, once. Exit status 1 otherwise.
 */
public final class NodeStopBrowserCheck {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private NodeStopBrowserCheck() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        System.exit(check(options));
    }

    static int check(Map<String, String> options) throws Exception {
        String lb = options.get("lb");
        Path screenshots = Path.of(options.getOrDefault("screenshots", "target/screenshots/cluster"));
        Files.createDirectories(screenshots);
        Map<String, String> preparing = new HashMap<>(options);
        preparing.put("residents", "1");
        preparing.put("bcrypt-cost", "4");
        BallotLoadDriver.Prepared journey = BallotLoadDriver.prepareJourney(preparing);
        String resident = journey.prefix() + "-0";
        Path profile = Files.createTempDirectory("cj-chromium-");
        ChromeOptions chrome = new ChromeOptions();
        chrome.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        chrome.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, chrome);
        int failures = 0;
        try {
            logIn(browser, lb, resident);
            browser.get(lb + "/journeys/" + journey.journey() + "/vote");
            waitForVaadin(browser);
            tick(browser, journey.ideas().get(0));
            String node = browser.manage().getCookieNamed("CJNODE") == null ? "?" : browser.manage().getCookieNamed("CJNODE").getValue();
            shot(browser, screenshots, "1-ballot-half-made-on-node-" + node);
            System.out.println("    the resident's session is on node " + node + "; the ballot has one idea ticked, not cast");
            long stopping = System.nanoTime();
            Process stop = new ProcessBuilder("bash", "-c", options.get("stop").formatted(node)).inheritIO().start();
            stop.waitFor();
            System.out.printf("    node %s stopped gracefully in %.1f s%n", node, (System.nanoTime() - stopping) / 1e9);
            long pressed = System.nanoTime();
            press(browser, "cast-vote");
            boolean askedToLogIn = untilLoginPage(browser);
            shot(browser, screenshots, "2-after-the-node-stopped");
            System.out.printf("    after pressing \"Cast\": %s after %.1f s%n", askedToLogIn ? "asked to log in again" : "NOT asked to log in",
                    (System.nanoTime() - pressed) / 1e9);
            long stored = storedBallots(options, journey.journey());
            System.out.println("    ballots stored from the half-made ballot: " + stored);
            if (!askedToLogIn || stored != 0) {
                failures++;
            }
            logIn(browser, lb, resident);
            browser.get(lb + "/journeys/" + journey.journey() + "/vote");
            waitForVaadin(browser);
            tick(browser, journey.ideas().get(0));
            press(browser, "cast-vote");
            new WebDriverWait(browser, WAIT).until(b -> !b.findElements(By.id("confirm-vote")).isEmpty());
            press(browser, "confirm-vote");
            WebElement receipt = new WebDriverWait(browser, WAIT).until(b -> b.findElements(By.id("receipt-code")).stream().findFirst().orElse(null));
            Cookie now = browser.manage().getCookieNamed("CJNODE");
            shot(browser, screenshots, "3-cast-on-node-" + (now == null ? "?" : now.getValue()));
            stored = storedBallots(options, journey.journey());
            System.out.printf("    logged in again on node %s and cast the ballot whole: receipt %s; ballots stored: %d%n",
                    now == null ? "?" : now.getValue(), receipt.getText(), stored);
            if (stored != 1 || (now != null && now.getValue().equals(node))) {
                failures++;
            }
        } catch (RuntimeException broken) {
            shot(browser, screenshots, "failed");
            System.out.println("    FAILED: " + broken);
            failures++;
        } finally {
            browser.quit();
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
        return failures == 0 ? 0 : 1;
    }

    private static void logIn(WebDriver browser, String lb, String username) {
        browser.get(lb + "/login");
        WebElement user = new WebDriverWait(browser, WAIT).until(b -> b.findElements(
                By.cssSelector("vaadin-login-form input[name='username']")).stream().findFirst().orElse(null));
        user.sendKeys(username);
        WebElement password = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        password.sendKeys(BallotLoadDriver.PASSWORD, Keys.ENTER);
        new WebDriverWait(browser, WAIT).until(b -> !b.getCurrentUrl().contains("/login"));
        waitForVaadin(browser);
    }

    /** Presses a button as a person would after scrolling to it. */
    private static void press(WebDriver browser, String id) {
        WebElement button = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", button);
    }

    private static void tick(WebDriver browser, UUID idea) {
        WebElement tick = new WebDriverWait(browser, WAIT).until(b -> b.findElements(By.id("pick-" + idea)).stream().findFirst().orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", tick);
        waitForVaadin(browser);
    }

    /** The login page, or Vaadin's "session expired" notice, which leads to it when dismissed. */
    private static boolean untilLoginPage(WebDriver browser) {
        try {
            new WebDriverWait(browser, WAIT).until(b -> {
                if (b.getCurrentUrl().contains("/login")) {
                    return true;
                }
                Object expired = ((JavascriptExecutor) b).executeScript(
                        "const n = document.querySelector('.v-system-error'); if (n) { n.click(); return true; } return false;");
                return Boolean.TRUE.equals(expired) && b.getCurrentUrl().contains("/login");
            });
            return true;
        } catch (org.openqa.selenium.TimeoutException never) {
            return false;
        }
    }

    private static void waitForVaadin(WebDriver browser) {
        BrowserTestCase.waitForVaadin(browser, WAIT);
    }

    /** The ballots stored, or -1 when the ballots and the voters recorded differ. */
    private static long storedBallots(Map<String, String> options, UUID journey) throws Exception {
        try (Connection db = BallotLoadDriver.connect(options);
                PreparedStatement query = db.prepareStatement("""
                        select (select count(*) from sealed_ballot where journey_id = ?) + (select count(*) from ballot where journey_id = ?),
                               (select count(*) from vote_participation where journey_id = ?)""")) {
            for (int i = 1; i <= 3; i++) {
                query.setObject(i, journey);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) == rows.getLong(2) ? rows.getLong(1) : -1;
            }
        }
    }

    private static void shot(ChromeDriver browser, Path folder, String name) {
        try {
            Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (Exception ignored) {
            // a screenshot is for looking at, not for the verdict
        }
    }
}
