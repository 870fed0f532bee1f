package org.communityjourneys.browser;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.communityjourneys.voting.bench.BallotLoadDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
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

    private NodeStopBrowserCheck() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(check(BallotLoadDriver.options(args)));
    }

    static int check(Map<String, String> options) throws Exception {
        String lb = options.get("lb");
        Map<String, String> preparing = new HashMap<>(options);
        preparing.put("residents", "1");
        preparing.put("bcrypt-cost", "4");
        BallotLoadDriver.Prepared journey = BallotLoadDriver.prepareJourney(preparing);
        String resident = journey.prefix() + "-0";
        int failures = 0;
        try (HeadlessChromium chromium = new HeadlessChromium(Path.of(options.getOrDefault("screenshots", "target/screenshots/cluster")))) {
            try {
                chromium.logIn(lb, resident);
                chromium.open(lb + "/journeys/" + journey.journey() + "/vote");
                tick(chromium, journey.ideas().get(0));
                String node = nodeOf(chromium);
                chromium.shot("1-ballot-half-made-on-node-" + node);
                System.out.println("    the resident's session is on node " + node + "; the ballot has one idea ticked, not cast");
                long stopping = System.nanoTime();
                Process stop = new ProcessBuilder("bash", "-c", options.get("stop").formatted(node)).inheritIO().start();
                stop.waitFor();
                System.out.printf("    node %s stopped gracefully in %.1f s%n", node, (System.nanoTime() - stopping) / 1e9);
                long pressed = System.nanoTime();
                chromium.script("const b = document.getElementById('cast-vote'); b.scrollIntoView({block: 'center'}); b.click();");
                boolean askedToLogIn = untilLoginPage(chromium);
                chromium.waitForVaadin();
                chromium.shot("2-after-the-node-stopped");
                System.out.printf("    after pressing \"Cast\": %s after %.1f s%n", askedToLogIn ? "asked to log in again" : "NOT asked to log in",
                        (System.nanoTime() - pressed) / 1e9);
                long stored = storedBallots(options, journey.journey());
                System.out.println("    ballots stored from the half-made ballot: " + stored);
                if (!askedToLogIn || stored != 0) {
                    failures++;
                }
                chromium.logIn(lb, resident);
                chromium.open(lb + "/journeys/" + journey.journey() + "/vote");
                tick(chromium, journey.ideas().get(0));
                chromium.press("cast-vote");
                chromium.press("confirm-vote");
                WebElement receipt = new WebDriverWait(chromium.browser, HeadlessChromium.WAIT)
                        .until(b -> b.findElements(By.id("receipt-code")).stream().findFirst().orElse(null));
                String now = nodeOf(chromium);
                chromium.shot("3-cast-on-node-" + now);
                stored = storedBallots(options, journey.journey());
                System.out.printf("    logged in again on node %s and cast the ballot whole: receipt %s; ballots stored: %d%n",
                        now, receipt.getText(), stored);
                if (stored != 1 || now.equals(node)) {
                    failures++;
                }
            } catch (RuntimeException broken) {
                chromium.shot("failed");
                System.out.println("    FAILED: " + broken);
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    /** The node HAProxy's cookie names, "?" without one. */
    private static String nodeOf(HeadlessChromium chromium) {
        Cookie node = chromium.browser.manage().getCookieNamed("CJNODE");
        return node == null ? "?" : node.getValue();
    }

    private static void tick(HeadlessChromium chromium, UUID idea) {
        WebElement tick = new WebDriverWait(chromium.browser, HeadlessChromium.WAIT)
                .until(b -> b.findElements(By.id("pick-" + idea)).stream().findFirst().orElse(null));
        chromium.script("arguments[0].click()", tick);
        chromium.waitForVaadin();
    }

    /** The login page, or Vaadin's "session expired" notice, which leads to it when dismissed. */
    private static boolean untilLoginPage(HeadlessChromium chromium) {
        try {
            new WebDriverWait(chromium.browser, HeadlessChromium.WAIT).until(b -> {
                if (b.getCurrentUrl().contains("/login")) {
                    return true;
                }
                Object expired = chromium.script(
                        "const n = document.querySelector('.v-system-error'); if (n) { n.click(); return true; } return false;");
                return Boolean.TRUE.equals(expired) && b.getCurrentUrl().contains("/login");
            });
            return true;
        } catch (org.openqa.selenium.TimeoutException never) {
            return false;
        }
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
}
