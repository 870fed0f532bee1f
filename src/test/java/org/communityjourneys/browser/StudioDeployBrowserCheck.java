package org.communityjourneys.browser;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityjourneys.voting.bench.BallotLoadDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A governance lead deploys a new version of the journey model in the studio on one node, and a
 * facilitator launches journeys on it (scripts/cluster.sh, scenario 4). Plain main, run from the
 * test classpath with Debian's Chromium:
 *
 * <pre>
 * --node URL --jdbc URL --user U --password P [--journeys 4] [--reminder R/PT2M] [--name NAME]
 *   [--deploy-at EPOCH_MILLIS] [--screenshots DIR]
 * </pre>
 *
 * The lead opens the journey model in the browser's BPMN editor, makes the showcase reminder come
 * at the given cycle (and names it so, with this run's prefix, so that every run makes a new
 * version), saves, checks and deploys it with a comment; the facilitator then launches
 * the journeys through the launch form. Each must run on the lead's version and wait with its
 * reminder timer. Prints {@code definition=ID version=N journeys=ID,ID...} for the script, which
 * restarts both nodes and then looks for the timers' runs in the engine's job log. Exit status 1
 * when a step fails.
 *
 * <p>For two leads deploying at the same moment on two nodes, two of these run side by side with
 * {@code --journeys 0}, the same {@code --name} (so the same change) and one {@code --deploy-at}:
 * each gets everything ready, waits for that moment and presses "Deploy"; each prints
 * {@code deployed-version=N}, or {@code deployed-version=none} when the studio found the same
 * content already deployed by the other.
 */
public final class StudioDeployBrowserCheck {

    static final String PROCESS = "community-journey";
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Pattern JOURNEY_PAGE = Pattern.compile("/journeys/([0-9a-f-]{36})");

    private StudioDeployBrowserCheck() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(check(BallotLoadDriver.options(args)));
    }

    static int check(Map<String, String> options) throws Exception {
        String node = BallotLoadDriver.required(options, "node");
        int count = Integer.parseInt(options.getOrDefault("journeys", "4"));
        String cycle = options.getOrDefault("reminder", "R/PT2M");
        String prefix = "studio-" + UUID.randomUUID().toString().substring(0, 6);
        String name = options.getOrDefault("name", "Reminder due (" + cycle + ", " + prefix + ")");
        long deployAt = Long.parseLong(options.getOrDefault("deploy-at", "0"));
        String lead = prefix + "-lead";
        String facilitator = prefix + "-facilitator";
        try (Connection db = BallotLoadDriver.connect(options)) {
            account(db, lead, "GOVERNANCE");
            account(db, facilitator, "FACILITATOR");
            if (count > 0) {
                fund(db, prefix, (long) count * 2500_00);
            }
        }
        List<String> journeys = new ArrayList<>();
        try (HeadlessChromium chromium = new HeadlessChromium(Path.of(options.getOrDefault("screenshots", "target/screenshots/cluster")))) {
            try {
                chromium.logIn(node, lead);
                chromium.open(node + "/govern/models/process/" + PROCESS);
                new WebDriverWait(chromium.browser, HeadlessChromium.WAIT).until(b -> Boolean.TRUE.equals(chromium.script(
                        "const el = document.getElementById('studio-process-editor'); return !!(el && el.bpmnModeler && el.querySelector('svg'));")));
                chromium.waitForVaadin();
                chromium.script("""
                        const modeler = document.getElementById('studio-process-editor').bpmnModeler;
                        const reminder = modeler.get('elementRegistry').get('recordShowcaseReminder');
                        const cycle = reminder.businessObject.eventDefinitions[0].timeCycle;
                        modeler.get('modeling').updateModdleProperties(reminder, cycle, { body: arguments[0] });
                        modeler.get('modeling').updateProperties(reminder, { name: arguments[1] });
                        modeler.get('selection').select(reminder);
                        """, cycle, name);
                chromium.shot("4-studio-reminder-changed");
                chromium.press("studio-save");
                step(chromium.waitForText("studio-editor-status", "Your draft"), "the draft was not saved");
                chromium.press("studio-validate");
                step(chromium.waitForText("studio-result", "No problems found"), "the check found problems: " + text(chromium, "studio-result"));
                chromium.type("studio-comment", "Showcase reminders every " + cycle + " (cluster drill)");
                while (System.currentTimeMillis() < deployAt) {
                    Thread.sleep(Math.min(50, Math.max(1, deployAt - System.currentTimeMillis())));
                }
                chromium.script("document.getElementById('studio-deploy').click();");
                String answer;
                try {
                    answer = new WebDriverWait(chromium.browser, HeadlessChromium.WAIT).until(b -> {
                        String shown = text(chromium, "studio-result");
                        return shown.startsWith("Deployed") || shown.startsWith("Not deployed") ? shown : null;
                    });
                } catch (org.openqa.selenium.TimeoutException none) {
                    throw new IllegalStateException("no answer to Deploy: " + text(chromium, "studio-result"), none);
                }
                chromium.shot("5-studio-deployed-on-" + node.replaceAll("\\W+", "-"));
                Matcher version = Pattern.compile(PROCESS + " v(\\d+)").matcher(answer);
                if (answer.startsWith("Deployed") && version.find()) {
                    System.out.println("deployed-version=" + version.group(1));
                } else if (answer.contains("Nothing to deploy")) {
                    System.out.println("deployed-version=none");
                } else {
                    throw new IllegalStateException("not deployed: " + answer);
                }
                if (count == 0) {
                    return 0;
                }

                chromium.browser.manage().deleteAllCookies();
                chromium.logIn(node, facilitator);
                LocalDateTime ideasClose = LocalDateTime.now(UK).plusDays(14).truncatedTo(ChronoUnit.DAYS).withHour(18);
                for (int i = 0; i < count; i++) {
                    chromium.open(node + "/journeys/launch");
                    chromium.type("journey-title", "Cluster drill journey " + (i + 1) + " " + prefix);
                    chromium.choose("journey-wards", "Leominster East");
                    chromium.choose("journey-theme", "Best start in life (age 0-5) (strategy priority)");
                    chromium.type("journey-budget", "2500");
                    chromium.setValue("ideas-close-at", PICKER.format(ideasClose));
                    chromium.setValue("vote-opens-at", PICKER.format(ideasClose.plusDays(7)));
                    chromium.setValue("vote-closes-at", PICKER.format(ideasClose.plusDays(21)));
                    chromium.press("launch-button");
                    try {
                        new WebDriverWait(chromium.browser, HeadlessChromium.WAIT).until(b -> JOURNEY_PAGE.matcher(b.getCurrentUrl()).find());
                    } catch (org.openqa.selenium.TimeoutException refused) {
                        throw new IllegalStateException("journey " + (i + 1) + " was not launched: " + text(chromium, "launch-problems"), refused);
                    }
                    Matcher page = JOURNEY_PAGE.matcher(chromium.browser.getCurrentUrl());
                    page.find();
                    journeys.add(page.group(1));
                }
                chromium.shot("6-journey-launched-on-the-new-version");
            } catch (RuntimeException | InterruptedException broken) {
                chromium.shot("failed");
                System.out.println("    FAILED: " + broken);
                return 1;
            }
        }
        return report(options, journeys, cycle);
    }

    /** Each journey must run on the latest version, the studio's, and wait with its reminder timer. */
    private static int report(Map<String, String> options, List<String> journeys, String cycle) throws Exception {
        int failures = 0;
        String definition = null;
        int version = 0;
        try (Connection db = BallotLoadDriver.connect(options);
                PreparedStatement latest = db.prepareStatement("""
                        select p.id_, p.version_, d.source_ from act_re_procdef p join act_re_deployment d on d.id_ = p.deployment_id_
                        where p.key_ = ? order by p.version_ desc limit 1""");
                PreparedStatement running = db.prepareStatement("""
                        select e.proc_def_id_, (select min(j.duedate_) from act_ru_job j join act_ru_jobdef jd on jd.id_ = j.job_def_id_
                            where j.process_instance_id_ = e.id_ and jd.act_id_ = 'recordShowcaseReminder')
                        from journey jo join act_ru_execution e on e.id_ = jo.process_instance_id where jo.id = ?""")) {
            latest.setString(1, PROCESS);
            try (ResultSet rows = latest.executeQuery()) {
                rows.next();
                definition = rows.getString(1);
                version = rows.getInt(2);
                System.out.printf("    the governance lead deployed version %d of %s in the studio (source: %s)%n", version, PROCESS, rows.getString(3));
                if (!"governance studio".equals(rows.getString(3))) {
                    failures++;
                }
            }
            for (String journey : journeys) {
                running.setObject(1, UUID.fromString(journey));
                try (ResultSet rows = running.executeQuery()) {
                    boolean found = rows.next();
                    Timestamp due = found ? rows.getTimestamp(2) : null;
                    boolean right = found && definition.equals(rows.getString(1)) && due != null;
                    System.out.printf("    journey %s: %s, showcase reminder (%s) due %s%n", journey,
                            right ? "on the studio's version" : "NOT on the studio's version", cycle, due == null ? "never" : due.toInstant());
                    failures += right ? 0 : 1;
                }
            }
        }
        System.out.println("definition=" + definition + " version=" + version + " journeys=" + String.join(",", journeys));
        return failures == 0 && journeys.size() > 0 ? 0 : 1;
    }

    private static void account(Connection db, String username, String role) throws Exception {
        UUID id = UUID.randomUUID();
        try (PreparedStatement account = db.prepareStatement("""
                insert into user_account (id, username, display_name, password_hash, verified, enabled, created_at)
                values (?, ?, ?, ?, true, true, ?)""");
                PreparedStatement grant = db.prepareStatement("insert into user_account_role (user_id, role) values (?, ?)")) {
            account.setObject(1, id);
            account.setString(2, username.toLowerCase(Locale.ROOT));
            account.setString(3, "Cluster drill " + role.toLowerCase(Locale.ROOT));
            account.setString(4, "{bcrypt}" + new BCryptPasswordEncoder(4).encode(BallotLoadDriver.PASSWORD));
            account.setTimestamp(5, Timestamp.from(Instant.now()));
            account.executeUpdate();
            grant.setObject(1, id);
            grant.setString(2, role);
            grant.executeUpdate();
        }
    }

    /** The community chest holds money for the journeys' budgets: a public health fund, open for a year. */
    private static void fund(Connection db, String prefix, long pence) throws Exception {
        UUID id = UUID.randomUUID();
        try (PreparedStatement fund = db.prepareStatement("""
                insert into fund (id, name, funder, funder_kind, distribution_deadline, max_grant_pence, created_at)
                values (?, ?, 'Cluster drill', 'PUBLIC_HEALTH', current_date + 365, 1000000, now())""");
                PreparedStatement money = db.prepareStatement("""
                        insert into ledger_entry (fund_id, kind, amount_pence, reference, recorded_by, recorded_at)
                        values (?, 'CONTRIBUTION', ?, 'cluster drill', 'cluster drill', now())""")) {
            fund.setObject(1, id);
            fund.setString(2, "Cluster drill fund " + prefix);
            fund.executeUpdate();
            money.setObject(1, id);
            money.setLong(2, pence);
            money.executeUpdate();
        }
    }

    private static void step(boolean done, String otherwise) {
        if (!done) {
            throw new IllegalStateException(otherwise);
        }
    }

    private static String text(HeadlessChromium chromium, String id) {
        Object text = chromium.script("const el = document.getElementById(arguments[0]); return el ? el.innerText : '(none)';", id);
        return String.valueOf(text);
    }
}
