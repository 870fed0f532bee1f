package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.chest.domain.FundBalance;
import org.communityjourneys.chest.domain.FundingPrinciple;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.support.FundingStage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The community chest as people use it (issue 5, section 8): an applicant applies for £800 (the
 * facilitator's light-touch route) and for £5,000 (the panel route) on the application screen; two
 * panel members score; the chair approves; the applicant accepts; the governance lead records the
 * payments; the dashboard shows the new balances. A resident cannot open the panel or chest
 * screens. The journeys are taken to their funding stage through services ({@link FundingStage}).
 */
class ChestBrowserIT extends BrowserTestCase {

    static final Duration PROCESS = Duration.ofSeconds(30);
    static final java.time.format.DateTimeFormatter UK_DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService tasks;
    @Autowired
    ChestService chest;
    @Autowired
    AccountService accounts;

    @Test
    void twoApplicationsAreDecidedOnTheirRoutesPaidAndShownOnTheDashboard() {
        accounts.ensureAccount("panel2", "Second panel member", PASSWORD, EnumSet.of(Role.PANEL), null, false);
        accounts.ensureAccount("chair", "Panel chair", PASSWORD, EnumSet.of(Role.PANEL), null, false);
        FundingStage.Started small = FundingStage.toApplication(context, 1_000_00, "Baby bank " + UUID.randomUUID(), 800_00);
        FundingStage.Started large = FundingStage.toApplication(context, 6_000_00, "Stay and play " + UUID.randomUUID(), 5_000_00);

        logIn("applicant");
        apply(small, "800", new String[][] {{"Nappies and wipes", "800"}}, "20-00-12", "55551234", false);
        apply(large, "5000", new String[][] {{"Toys and mats", "3000"}, {"Room hire", "2000"}}, "40-11-62", "12345678", true);
        assertThat(chest.grant(small.grantId()).getStatus()).isEqualTo(GrantStatus.ROUTED);
        assertThat(chest.grant(large.grantId()).getStatus()).isEqualTo(GrantStatus.ROUTED);

        switchTo("facilitator");
        Task check = waitForTask(small, "lightTouchCheck");
        open("/tasks/" + check.getId());
        pickRadio("field-decision", "Approve");
        type("field-decisionReason", "The group already runs a baby bank from the church.");
        screenshot("light-touch-check");
        click("complete-task");
        waitForStatus(small, GrantStatus.APPROVED);

        switchTo("panel");
        score(large, 0, 4);
        switchTo("panel2");
        score(large, 1, 3);

        // the chair is a third panel member: neither scorer may decide the grant they scored
        switchTo("chair");
        Task chair = waitForTask(large, "panelChair");
        open("/tasks/" + chair.getId());
        assertThat(waitFor(By.id("chair-overall")).getText()).isEqualTo("Mean of the five principles: 3.5 out of 5.");
        assertThat(waitFor(By.id("application-summary")).getText()).contains("\u2022\u2022 \u2022\u2022 62 / \u2022\u2022\u2022\u20225678")
                .doesNotContain("12345678");
        type("chair-reason", "Both members found it well designed with parents.");
        screenshot("chair-decides");
        assertAccessible("the panel chair's screen");
        click("chair-approve");
        waitForStatus(large, GrantStatus.APPROVED);

        switchTo("applicant");
        for (FundingStage.Started started : new FundingStage.Started[] {small, large}) {
            open("/tasks/" + waitForTask(started, "acceptAgreement").getId());
            pickRadio("field-agreementDecision", "I accept the grant agreement");
            click("complete-task");
            waitForStatus(started, GrantStatus.AGREED);
        }

        switchTo("governance");
        pay(small, "800", "BACS 2026/201");
        pay(large, "5000", "BACS 2026/202");
        assertThat(chest.grant(small.grantId()).getStatus()).isEqualTo(GrantStatus.PAID);
        assertThat(chest.grant(large.grantId()).getStatus()).isEqualTo(GrantStatus.PAID);

        open("/chest");
        String cards = waitFor(By.id("fund-balances")).getText();
        FundBalance smallFund = chest.balance(small.fund().getId());
        FundBalance largeFund = chest.balance(large.fund().getId());
        assertThat(smallFund.paid()).isEqualTo(800_00);
        assertThat(largeFund.paid()).isEqualTo(5_000_00);
        assertThat(cards).contains(small.fund().getName()).contains(large.fund().getName()).contains("£800").contains("£5,000");
        screenshot("dashboard-with-new-balances");

        switchTo("resident");
        open("/grants/" + large.grantId() + "/chair");
        assertThat(driver.findElements(By.id("chair-scores"))).isEmpty();
        assertThat(driver.findElements(By.id("application-summary"))).isEmpty();
        screenshot("resident-refused-panel-screen");
        open("/grants/" + large.grantId() + "/panel");
        assertThat(driver.findElements(By.id("application-summary"))).isEmpty();
        open("/chest");
        assertThat(driver.findElements(By.id("fund-balances"))).isEmpty();
        assertThat(waitFor(By.tagName("h1")).getText()).as("a plain page, not the framework's message")
                .isEqualTo("This page is not here for you");
        assertThat(driver.findElement(By.id("page-not-found")).getText()).contains("You are logged in as resident");
        screenshot("resident-refused-chest");
    }

    /**
     * The board route (issue 13, points 1, 2 and 5): a first-time group working with children asks
     * for the £4,000 residents voted for; the board approves £3,500 with a public reason; the
     * governance lead pays it in two instalments on the payment screen; after the first, the ward
     * page, the project page and {@code /api/projects} all say "part paid £1,000 of £3,500", and
     * after the second "paid £3,500".
     */
    @Test
    void aBoardReferredGrantIsApprovedAtADifferentAmountAndPaidInTwoInstalments() {
        FundingStage.Started started = FundingStage.toApplication(context, 8_000_00, "Young carers " + UUID.randomUUID());

        logIn("applicant");
        open("/tasks/" + FundingStage.taskAt(context, started, "completeApplication").getId());
        waitFor(By.id("submit-application"));
        assertThat(waitFor(By.id("grant-limit")).getText()).contains("\u00a34,000");
        tick("grant-children");
        type("grant-safeguarding", "Our safeguarding lead checks every volunteer; policy reviewed in May.");
        tick("grant-first-time");
        fillApplication("4000", "Young Carers Ridgemoor");
        click("submit-application");
        waitForStatus(started, GrantStatus.ROUTED);

        switchTo("governance");
        open("/tasks/" + waitForTask(started, "boardReferral").getId());
        assertThat(waitFor(By.id("board-why")).getText()).contains("first-time group working with children");
        type("board-reason", "A strong plan shaped with young carers at the showcase.");
        click("board-different-amount");
        type("board-amount", "3500");
        type("board-amount-reason", "The parish pays the hall hire, so \u00a3500 of the budget is not needed.");
        screenshot("board-decides-different-amount");
        assertAccessible("the board referral screen");
        click("board-approve");
        waitForStatus(started, GrantStatus.APPROVED);
        assertThat(chest.grant(started.grantId()).getAmountPence()).isEqualTo(3_500_00);

        switchTo("applicant");
        open("/tasks/" + waitForTask(started, "acceptAgreement").getId());
        pickRadio("field-agreementDecision", "I accept the grant agreement");
        click("complete-task");
        waitForStatus(started, GrantStatus.AGREED);

        switchTo("governance");
        payInstalment(started, "1000", "BACS 2026/301");
        waitForStatus(started, GrantStatus.PART_PAID);
        open("/tasks/" + waitForTask(started, "recordPayment").getId());
        assertThat(waitFor(By.id("payment-facts")).getText()).contains("Approved: \u00a33,500")
                .contains("Paid so far: \u00a31,000").contains("Left to pay: \u00a32,500")
                .contains("Residents voted for: \u00a34,000");
        assertThat(waitFor(By.id("payment-instalments")).getText()).contains("BACS 2026/301");
        screenshot("payment-screen-second-instalment");
        assertAccessible("the payment screen");
        assertAmountsEverywhere(started, "part paid \u00a31,000 of \u00a33,500");

        switchTo("governance");
        payInstalment(started, "2500", "BACS 2026/302");
        waitForStatus(started, GrantStatus.PAID);
        assertAmountsEverywhere(started, "paid \u00a33,500");
        switchTo("governance");
        open("/chest");
        assertThat(waitFor(By.id("ledger-grid")).getText()).contains("commitment (approved)").contains("agreement accepted");
        screenshot("ledger-with-commitments");
    }

    /** The ward page, the project page and the open data say the same about the grant's money. */
    private void assertAmountsEverywhere(FundingStage.Started started, String payment) {
        driver.manage().deleteAllCookies();
        open("/projects/" + started.grantId());
        assertThat(waitFor(By.id("project-payment")).getText()).isEqualToIgnoringCase(payment);
        assertThat(waitFor(By.id("project-amount-change")).getText()).contains("parish pays the hall hire");
        open("/wards/" + org.communityjourneys.support.Journeys.WARD);
        new WebDriverWait(driver, STEP).until(browser -> browser.findElement(By.tagName("main")).getText().contains(payment));
        driver.get(url("/api/projects")); // JSON: no Vaadin client to wait for
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("\"payment\":\"" + payment + "\"");
    }

    private void apply(FundingStage.Started started, String amount, String[][] budget, String sortCode, String account,
            boolean firstScreen) {
        open("/tasks/" + FundingStage.taskAt(context, started, "completeApplication").getId());
        waitFor(By.id("submit-application"));
        type("grant-organisation", "Friends of Ridgemoor");
        fillRest(amount, budget, sortCode, account, firstScreen);
        click("submit-application");
        waitForStatus(started, GrantStatus.ROUTED);
    }

    private void fillApplication(String amount, String organisation) {
        type("grant-organisation", organisation);
        fillRest(amount, new String[][] {{"Sessions and trips", amount}}, "30-90-12", "87654321", false);
    }

    private void fillRest(String amount, String[][] budget, String sortCode, String account, boolean firstScreen) {
        type("grant-contact", "friends@example.org");
        type("grant-summary", "Weekly sessions for parents and babies in the library.");
        type("grant-amount", amount);
        for (int i = 0; i < budget.length; i++) {
            if (i > 0) {
                click("add-budget-line");
            }
            type("budget-description-" + i, budget[i][0]);
            type("budget-amount-" + i, budget[i][1]);
        }
        type("grant-sort-code", sortCode);
        type("grant-account-number", account);
        assertThat(waitFor(By.id("grant-bank-masked")).getText()).contains("\u2022\u2022\u2022\u2022" + account.substring(4));
        for (FundingPrinciple principle : FundingPrinciple.values()) {
            type("principle-" + principle.name(), "Parents told us at the showcase what they need: " + principle.label() + ".");
        }
        if (firstScreen) {
            screenshot("application-filled-in");
            assertAccessible("the grant application screen");
            resizeTo(360, 800);
            screenshot("application-360px");
            assertAccessible("the grant application screen at 360 px");
            resizeTo(1280, 900);
        }
    }

    private void score(FundingStage.Started started, int which, int score) {
        Task task = new WebDriverWait(driver, PROCESS, Duration.ofMillis(500)).until(browser -> {
            var open = FundingStage.tasksAt(context, started, "panelReview").stream()
                    .filter(candidate -> candidate.getAssignee() == null).toList();
            return open.isEmpty() ? null : open.get(0);
        });
        open("/tasks/" + task.getId());
        waitFor(By.id("submit-scores"));
        for (FundingPrinciple principle : FundingPrinciple.values()) {
            pickRadio("score-" + principle.name(), String.valueOf(score));
            type("comment-" + principle.name(), "Scored " + score + ": clear evidence for " + principle.label() + ".");
        }
        if (which == 0) {
            screenshot("panel-scores");
            assertAccessible("the panel scoring screen");
        }
        click("submit-scores");
        new WebDriverWait(driver, PROCESS, Duration.ofMillis(500)).until(browser ->
                FundingStage.tasksAt(context, started, "panelReview").size() == 1 - which);
    }

    private void pay(FundingStage.Started started, String pounds, String reference) {
        payInstalment(started, pounds, reference);
        waitForStatus(started, GrantStatus.PAID);
    }

    /** One instalment on the payment screen, the date typed the British way, confirmed in the dialog. */
    private void payInstalment(FundingStage.Started started, String pounds, String reference) {
        String taskBefore = waitForTask(started, "recordPayment").getId();
        open("/tasks/" + taskBefore);
        waitFor(By.id("payment-facts"));
        type("payment-amount", pounds);
        type("payment-reference", reference);
        // typed the British way; Enter commits it and closes the date picker's calendar
        WebElement date = inputOf("payment-paid-on");
        date.clear();
        date.sendKeys(LocalDate.now(java.time.ZoneId.of("Europe/London")).format(UK_DATE));
        date.sendKeys(org.openqa.selenium.Keys.ENTER);
        waitForVaadin();
        assertThat(date.getAttribute("value")).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/London")).format(UK_DATE));
        screenshot("record-payment-" + pounds);
        click("payment-record");
        confirmDialog("Record the payment");
        new WebDriverWait(driver, PROCESS, Duration.ofMillis(500)).until(browser -> {
            Task now = FundingStage.taskAt(context, started, "recordPayment");
            return now == null || !now.getId().equals(taskBefore);
        });
    }

    /** Ticks a Vaadin checkbox by its id (its native input, scrolled into view). */
    private void tick(String id) {
        WebElement box = new WebDriverWait(driver, STEP).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + id + " input")));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", box);
        waitForVaadin();
    }

    private void pickRadio(String groupId, String label) {
        waitFor(By.id(groupId));
        var radio = driver.findElement(By.xpath("//*[@id='" + groupId + "']//vaadin-radio-button[normalize-space(.)='" + label
                + "']//label"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", radio);
        new WebDriverWait(driver, STEP).until(ExpectedConditions.elementToBeClickable(radio)).click();
        waitForVaadin();
    }

    private void switchTo(String username) {
        driver.manage().deleteAllCookies();
        logIn(username);
    }

    private Task waitForTask(FundingStage.Started started, String taskKey) {
        return new WebDriverWait(driver, PROCESS, Duration.ofMillis(500))
                .until(browser -> FundingStage.taskAt(context, started, taskKey));
    }

    private void waitForStatus(FundingStage.Started started, GrantStatus status) {
        new WebDriverWait(driver, PROCESS, Duration.ofMillis(500)).until(browser -> chest.grant(started.grantId()).getStatus() == status);
    }
}
