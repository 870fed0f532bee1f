package org.communityjourneys.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.communityjourneys.support.LiveHeap;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How much heap a signed-in resident on the ballot page holds (docs/benchmarks.md, "Memory per
 * session"; run by scripts/session-memory.sh against a running app). For each of N residents a
 * fresh headless Chromium logs in, opens the journey's vote page and waits for the ballot, then is
 * killed with SIGKILL, so the page never says goodbye and the server keeps the session and its UI
 * as it does for a resident who still has the page open. Before and after, the app's live heap is
 * read with {@code jcmd PID GC.class_histogram} (a full collection first): the difference divided
 * by N is the heap per session; the classes that grew most say what a session holds.
 *
 * <pre>
 * java -cp ... org.communityjourneys.browser.SessionMemoryProbe URL PID JOURNEY PREFIX N OUT_DIR
 * </pre>
 */
public final class SessionMemoryProbe {

    private SessionMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        String journey = args[2];
        String prefix = args[3];
        int sessions = Integer.parseInt(args[4]);
        Path out = Path.of(args[5]);
        Files.createDirectories(out);
        // one resident first, so that classes loaded and caches filled once are not counted per session
        open(base, journey, prefix + "-" + sessions, out, true);
        Map<String, long[]> before = LiveHeap.histogram(pid);
        long started = System.nanoTime();
        for (int i = 0; i < sessions; i++) {
            open(base, journey, prefix + "-" + i, out, i == 0);
            if ((i + 1) % 10 == 0) {
                System.out.printf(Locale.UK, "%d sessions open (%.0f s)%n", i + 1, (System.nanoTime() - started) / 1e9);
            }
        }
        Map<String, long[]> after = LiveHeap.histogram(pid);
        System.out.print(LiveHeap.growth(before, after, sessions));
    }

    /** A resident's own browser: logs in, opens the ballot, and is killed without closing the page. */
    private static void open(String base, String journey, String resident, Path out, boolean photograph) throws Exception {
        HeadlessChromium chromium = new HeadlessChromium(out);
        try {
            chromium.logIn(base, resident);
            chromium.open(base + "/journeys/" + journey + "/vote");
            new WebDriverWait(chromium.browser, HeadlessChromium.WAIT).until(b -> !b.findElements(By.id("cast-vote")).isEmpty());
            if (photograph) {
                chromium.shot("ballot-" + resident);
            }
        } finally {
            ProcessHandle.current().children().forEach(child -> {
                child.descendants().forEach(ProcessHandle::destroyForcibly);
                child.destroyForcibly();
            });
        }
    }
}
