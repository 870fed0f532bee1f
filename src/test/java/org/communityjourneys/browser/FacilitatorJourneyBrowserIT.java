package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityjourneys.support.Photos;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A facilitator's first steps, end to end in the browser: launch a journey for a ward, find the
 * "Record showcase conversations" task, which opens the showcase screen; record a conversation
 * there, finish the showcase stage, and see the journey's diagram at the ideas stage.
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

        // the task names the showcase screen: the task page hands over to it, with the task id
        new WebDriverWait(driver, STEP).until(browser -> browser.getCurrentUrl()
                .matches(".*/journeys/" + journeyId + "/showcase\\?task=.+"));
        waitForVaadin();
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Showcase: " + title);
        assertThat(waitFor(By.id("showcase-privacy")).getText()).contains("Do not write the name of any resident");
        screenshot("showcase-screen");

        click("finish-showcase");
        assertThat(waitFor(By.tagName("vaadin-notification-card")).getText())
                .contains("Record at least one showcase conversation before finishing the showcase stage.");
        driver.executeScript("document.querySelectorAll('vaadin-notification-card').forEach(card => card.remove());");

        click("add-conversation");
        setValue("conversation-date", LocalDate.now(UK).toString());
        type("conversation-venue", "Leominster Community Centre");
        type("conversation-attendance", "23");
        click("add-asset");
        choose("asset-kind-0", "Place");
        type("asset-name-0", "The library");
        type("asset-note-0", "Meeting room free on Tuesdays");
        click("add-asset");
        choose("asset-kind-1", "Group");
        type("asset-name-1", "Two parent and toddler groups");
        click("add-offer");
        type("offer-0", "Parents offered to run a weekly stay-and-play");
        click("add-need");
        type("need-0", "Somewhere warm and free for families with babies");
        choose("need-themes-0", "Best start in life (age 0-5)");
        choose("need-populations-0", "People who are lonely or isolated");
        click("add-story");
        type("story-0", "A grandmother told how the toddler group helped her daughter make friends.");
        uploadInto("story-photo-0", photoFile());
        new WebDriverWait(driver, STEP).until(browser -> browser.findElement(By.id("story-photo-state-0")).getText()
                .contains("New photo ready"));
        type("story-caption-0", "Toddlers building a tower of bricks");
        screenshot("showcase-conversation-filled");
        assertAccessible("the showcase conversation form");

        click("save-conversation");
        WebElement saved = waitFor(By.id("conversation-0"));
        assertThat(saved.getText()).contains("Leominster Community Centre").contains("23 people took part.")
                .contains("Place: The library (Meeting room free on Tuesdays)")
                .contains("Somewhere warm and free for families with babies [Best start in life (age 0-5); "
                        + "People who are lonely or isolated]");
        WebElement photo = saved.findElement(By.cssSelector("img[alt='Toddlers building a tower of bricks']"));
        new WebDriverWait(driver, STEP).until(browser -> ((Number) driver.executeScript(
                "return arguments[0].naturalWidth;", photo)).intValue() > 0);
        screenshot("showcase-conversation-saved");
        assertAccessible("the showcase screen with a conversation");

        click("finish-showcase");
        new WebDriverWait(driver, STEP).until(browser -> browser.getCurrentUrl().endsWith("/journeys/" + journeyId));
        screenshot("showcase-finished");

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

    /** Chooses a file in a vaadin-upload, through the file input inside its shadow root. */
    private void uploadInto(String uploadId, Path file) {
        WebElement upload = waitFor(By.id(uploadId));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        waitForVaadin();
    }

    private static Path photoFile() {
        try {
            Path file = Files.createTempFile("showcase-", ".png");
            Files.write(file, Photos.png());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
