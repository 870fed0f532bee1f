package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A facilitator's first steps, end to end in the browser: launch a journey for a ward, find the
 * "Record showcase conversation" task, fill its form (rendered from forms/showcase-conversation.form),
 * complete it, and see the journey's diagram at the ideas stage.
 */
class FacilitatorJourneyBrowserIT extends BrowserTestCase {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final Pattern JOURNEY_PAGE = Pattern.compile("/journeys/([0-9a-f-]{36})");
    /** Where the journey waits while residents put forward ideas (community-journey.bpmn). */
    static final List<String> IDEAS_STAGE_ELEMENTS = List.of("openIdeasWindow", "ideasWindowOpen", "ideasDeadline", "closeIdeasEarly");

    @Test
    void facilitatorLaunchesAJourneyAndRecordsTheShowcaseConversation() {
        String title = "Best start in Leominster East " + System.currentTimeMillis();
        LocalDateTime ideasClose = LocalDateTime.now(UK).plusDays(14).truncatedTo(ChronoUnit.DAYS).withHour(18);

        logIn("facilitator");
        screenshot("logged-in");

        open("/journeys/launch");
        screenshot("launch-form");
        type("journey-title", title);
        choose("journey-wards", "Leominster East");
        choose("journey-theme", "Best start in life (age 0-5) (strategy priority)");
        type("journey-budget", "2500");
        setValue("ideas-close-at", PICKER.format(ideasClose));
        setValue("vote-opens-at", PICKER.format(ideasClose.plusDays(7)));
        setValue("vote-closes-at", PICKER.format(ideasClose.plusDays(21)));
        screenshot("launch-form-filled");
        assertAccessible("the launch form");

        click("launch-button");
        new WebDriverWait(driver, STEP).until(browser -> JOURNEY_PAGE.matcher(browser.getCurrentUrl()).find());
        waitForVaadin();
        Matcher journeyPage = JOURNEY_PAGE.matcher(driver.getCurrentUrl());
        assertThat(journeyPage.find()).isTrue();
        String journeyId = journeyPage.group(1);
        screenshot("journey-launched");

        WebElement taskOfJourney = openUntilShown("/tasks", this::showMyGroupsTasks,
                By.xpath("//vaadin-grid-cell-content[contains(., " + xpathLiteral(title) + ")]"));
        assertThat(taskOfJourney.getText()).contains("Record showcase conversation");
        screenshot("task-list");
        openTaskInRowOf(taskOfJourney);

        new WebDriverWait(driver, STEP).until(browser -> browser.getCurrentUrl().matches(".*/tasks/[^/?]+.*"));
        waitForVaadin();
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Record showcase conversation");
        screenshot("showcase-form");
        setValue(formField("heldOn").getAttribute("id"), LocalDate.now(UK).toString());
        type(formField("venue").getAttribute("id"), "Leominster Community Centre");
        type(formField("attendance").getAttribute("id"), "23");
        type(formField("assets").getAttribute("id"), "The library, two parent and toddler groups, a community garden");
        type(formField("offers").getAttribute("id"), "Parents offered to run a weekly stay-and-play");
        type(formField("needs").getAttribute("id"), "Somewhere warm and free for families with babies");
        type(formField("stories").getAttribute("id"), "A grandmother told how the toddler group helped her daughter make friends.");
        WebElement recordAnother = formField("recordAnother");
        if (recordAnother.getAttribute("checked") != null) {
            recordAnother.click();
            waitForVaadin();
        }
        assertThat(recordAnother.getAttribute("checked")).as("record another conversation: no").isNull();
        screenshot("showcase-form-filled");
        assertAccessible("the showcase conversation form");

        click("complete-task");
        new WebDriverWait(driver, STEP).until(browser -> browser.getCurrentUrl().endsWith("/tasks"));
        screenshot("task-completed");

        openUntilShown("/journeys/" + journeyId, () -> { },
                By.xpath("//*[@id='journey-stage'][contains(., 'Ideas')]"));
        WebElement highlighted = new WebDriverWait(driver, STEP).until(browser -> browser
                .findElements(By.cssSelector("#journey-diagram .djs-element.cj-active")).stream()
                .filter(element -> IDEAS_STAGE_ELEMENTS.contains(element.getAttribute("data-element-id")))
                .findFirst().orElse(null));
        assertThat(highlighted.getAttribute("data-element-id")).isIn(IDEAS_STAGE_ELEMENTS);
        driver.executeScript("document.getElementById('journey-diagram').scrollIntoView({block: 'center'});");
        screenshot("journey-at-ideas-stage");
        assertAccessible("the journey page");
    }

    private void showMyGroupsTasks() {
        driver.findElements(By.tagName("vaadin-tab")).stream()
                .filter(tab -> tab.getText().startsWith("My groups")).findFirst()
                .orElseThrow(() -> new AssertionError("the task list has a tab for the facilitator's groups")).click();
        waitForVaadin();
    }

    /**
     * A rendered form field: the form-js {@code key} gives the component id ({@code field-<key>},
     * or the key itself); otherwise the field is found by its label.
     */
    private WebElement formField(String key) {
        for (String id : List.of("field-" + key, key)) {
            List<WebElement> found = driver.findElements(By.id(id));
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        throw new AssertionError("no form field for the key " + key);
    }

    /** Clicks the Open button in the grid row that shows the given cell. */
    private void openTaskInRowOf(WebElement cell) {
        WebElement open = (WebElement) driver.executeScript(
                "const content = arguments[0];"
                        + "const grid = content.closest('vaadin-grid');"
                        + "const slot = grid.shadowRoot.querySelector('slot[name=\"' + content.getAttribute('slot') + '\"]');"
                        + "const row = slot.closest('tr');"
                        + "for (const rowSlot of row.querySelectorAll('slot')) {"
                        + "  const other = grid.querySelector('vaadin-grid-cell-content[slot=\"' + rowSlot.name + '\"]');"
                        + "  const button = other && Array.from(other.querySelectorAll('vaadin-button'))"
                        + "      .find(b => b.textContent.trim() === 'Open');"
                        + "  if (button) { return button; }"
                        + "}"
                        + "return null;", cell);
        assertThat(open).as("an Open button in the task's row").isNotNull();
        open.click();
    }
}
