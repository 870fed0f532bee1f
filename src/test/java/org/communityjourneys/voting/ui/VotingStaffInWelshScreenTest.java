package org.communityjourneys.voting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.BallotSettings;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.journey.service.JourneyPagePart;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.shared.domain.Worded;
import org.communityjourneys.shared.ui.Languages;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SecondFacilitator;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.support.SpringMockVaadin;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.domain.PaperVoter;
import org.communityjourneys.voting.domain.VoteReport;
import org.communityjourneys.voting.service.PaperEntryChecks;
import org.communityjourneys.voting.service.VoteClock;
import org.communityjourneys.voting.service.VoteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The vote's staff screens while the UI is in Welsh: paper ballots, the four-eyes checks of paper
 * entries, the certification screen and the count's progress, the clocks on the journey page, and
 * the voting services' refusals said in Welsh on them, while their English stays as it was.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "facilitator", roles = "FACILITATOR")
class VotingStaffInWelshScreenTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    VoteService votes;
    @Autowired
    VoteClock clock;
    @Autowired
    AccountService accounts;
    @Autowired
    PaperEntryChecks paperChecks;
    @Autowired
    JdbcTemplate jdbc;

    private UUID journeyId;
    private String title;
    private final List<UUID> onBallot = new ArrayList<>();

    /** Budget £2,000: baby bank £900 and stay and play £900 fit, the £1,500 hall does not. */
    @BeforeEach
    void openAVote() {
        Journey journey = SignedIn.as("facilitator", "FACILITATOR", () -> journeys.launch(Journeys.plan(200_000)
                .withBallot(BallotSettings.defaults().withRule("greedy")), "facilitator"));
        journeyId = journey.getId();
        title = journey.getTitle();
        ideas.openWindow(journeyId);
        for (String idea : List.of("Baby bank", "Stay and play", "Hall repairs")) {
            long cost = idea.equals("Hall repairs") ? 150_000 : 90_000;
            onBallot.add(SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journeyId, new IdeaDraft(idea,
                    idea + " for families.", cost, Theme.BEST_START_IN_LIFE, Journeys.WARD, "A group", "group@example.org"),
                    "resident")));
        }
        ideas.closeWindow(journeyId, true);
        onBallot.forEach(idea -> ideas.recordEligibility(idea, true, null));
        ideas.confirmShortlist(journeyId, "facilitator", null);
        votes.openVote(journeyId);
        SpringMockVaadin.setUp(context, CertifyResultView.class, PaperBallotsView.class, PaperChecksView.class);
    }

    @AfterEach
    void close() {
        SpringMockVaadin.tearDown();
    }

    private static void inWelsh(String location, QueryParameters query) {
        UI.getCurrent().setLocale(Languages.WELSH);
        UI.getCurrent().navigate(location, query);
    }

    private static void click(String id) {
        ButtonKt._click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static String pageTitle() {
        return UI.getCurrent().getInternals().getTitle();
    }

    private static String text(Class<? extends com.vaadin.flow.component.Component> type, String id) {
        return _get(type, spec -> spec.withId(id)).getElement().getText();
    }

    private String voter() {
        String username = "welsh-voter-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.ensureAccount(username, "Voter", "journeys-voter", Set.of(Role.RESIDENT), Journeys.WARD, true);
        return username;
    }

    /** Hall 3 votes, baby bank 2, stay and play 1 (one on paper), counted, the sample checked. */
    private void countedVote() {
        String first = voter();
        String second = voter();
        SignedIn.as(first, "RESIDENT", () -> votes.cast(journeyId, first, BallotChoice.picking(List.of(onBallot.get(2), onBallot.get(0)))));
        SignedIn.as(second, "RESIDENT", () -> votes.cast(journeyId, second, BallotChoice.picking(List.of(onBallot.get(2)))));
        SignedIn.as("facilitator", "FACILITATOR", () -> votes.castOnPaper(journeyId, voter(), "W-" + UUID.randomUUID().toString().substring(0, 6),
                BallotChoice.picking(List.of(onBallot.get(2), onBallot.get(0), onBallot.get(1))), "facilitator"));
        votes.closeVote(journeyId);
        votes.tally(journeyId);
        SecondFacilitator.confirmsTheSample(paperChecks, journeyId);
    }

    @Test
    void thePaperBallotsScreenAndItsRefusalsAreInWelsh() {
        inWelsh("journeys/" + journeyId + "/paper-ballots", QueryParameters.empty());
        PaperBallotsView screen = _get(PaperBallotsView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Papurau pleidleisio: " + title);
        assertThat(pageTitle()).isEqualTo("Papurau pleidleisio | Teithiau Cymunedol");
        assertThat(text(Paragraph.class, "paper-count"))
                .isEqualTo("0 papur pleidleisio wedi'u cofnodi hyd yma; mae 0 preswylydd wedi pleidleisio i gyd.");
        assertThat(screen.paperNumber.getLabel()).isEqualTo("Rhif y papur pleidleisio");
        assertThat(screen.enter.getText()).isEqualTo("Cofnodi papur pleidleisio");
        assertThat(screen.picker.search.getLabel()).isEqualTo("Pwy a bleidleisiodd: chwilio yn ôl enw, cod post neu e-bost");
        assertThat(screen.picker.withoutAccount.getLabel()).isEqualTo("Heb ei ganfod: nid oes ganddyn nhw gyfrif, cofnodwch eu manylion");
        assertThat(screen.picker.postcode.getHelperText()).isEqualTo("Caiff ei wirio yn erbyn wardiau'r bleidlais hon.");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Amser cau");
        assertThat(text(Paragraph.class, "vote-closes-at-now")).startsWith("Mae'r bleidlais yn cau ar ").endsWith(" (amser y DU).");
        assertThat(_get(Anchor.class, spec -> spec.withId("paper-checks-link")).getText())
                .isEqualTo("Gwirio cofnodion papur (pedwar llygad)");

        // nobody chosen: the screen's own refusal; an earlier closing time: the service's, both in Welsh
        screen.paperNumber.setValue("W-1");
        click("enter-paper-ballot");
        assertThat(text(Div.class, "paper-message")).isEqualTo("Chwiliwch am bwy a bleidleisiodd, neu ticiwch nad oes "
                + "ganddyn nhw gyfrif a chofnodwch eu manylion.");
        Instant closes = journeys.get(journeyId).getVoteClosesAt();
        _get(DateTimePicker.class, spec -> spec.withId("extend-close-at"))
                .setValue(LocalDateTime.ofInstant(closes.minusSeconds(3600), ZoneId.of("Europe/London")));
        click("extend-close");
        assertThat(text(Div.class, "extend-message")).isEqualTo("Rhaid i'r amser cau newydd fod yn hwyrach na'r un presennol.");
    }

    @Test
    void theSearchNamesWhoItFindsInTheUisLanguage() {
        PaperVoter ann = new PaperVoter("ann", "Ann Jones", "HR4 9AA", true, true);
        PaperVoter bob = new PaperVoter("bob", "Bob Ellis", null, false, false);
        assertThat(PaperVoterPicker.label(ann)).isEqualTo(ann.label()).isEqualTo("Ann Jones, HR4 9AA (paper record): has voted");
        assertThat(PaperVoterPicker.label(bob)).isEqualTo(bob.label()).isEqualTo("Bob Ellis (online account)");
        UI.getCurrent().setLocale(Languages.WELSH);
        assertThat(PaperVoterPicker.label(ann)).isEqualTo("Ann Jones, HR4 9AA (cofnod papur): wedi pleidleisio");
        assertThat(PaperVoterPicker.label(bob)).isEqualTo("Bob Ellis (cyfrif ar-lein)");
    }

    /** The four-eyes screen in Welsh: the enterer is refused in Welsh, a second facilitator's check is confirmed in Welsh. */
    @Test
    void thePaperChecksScreenIsInWelsh() {
        SignedIn.as("facilitator", "FACILITATOR", () -> votes.castOnPaper(journeyId, voter(), "K-1",
                BallotChoice.picking(List.of(onBallot.get(2))), "facilitator"));
        SignedIn.as("facilitator", "FACILITATOR", () -> votes.castOnPaper(journeyId, voter(), "K-2",
                BallotChoice.picking(List.of(onBallot.get(0))), "facilitator"));
        votes.closeVote(journeyId);
        votes.tally(journeyId);
        inWelsh("journeys/" + journeyId + "/paper-checks", QueryParameters.empty());

        assertThat(_get(H1.class).getText()).isEqualTo("Gwirio cofnodion papur: " + title);
        assertThat(pageTitle()).isEqualTo("Gwirio cofnodion papur | Teithiau Cymunedol");
        assertThat(_find(H2.class).stream().map(H2::getText))
                .containsExactly("Y sampl", "Diddymu cofnod anghywir", "Cofnodion a ddiddymwyd");
        assertThat(text(Paragraph.class, "paper-check-status"))
                .isEqualTo("0 o 2 cofnod yn y sampl wedi'u gwirio; mae'r ardystio yn aros am y 2 arall.");
        assertThat(_get(Div.class, spec -> spec.withId("paper-check-K-1")).getElement().getTextRecursively())
                .contains("Papur K-1").contains("Cofnodwyd gan facilitator. Yn aros am wiriad.").contains("Yr hyn a gofnodwyd:")
                .contains("Hall repairs").contains("Yn cyfateb i'r papur").contains("Nid yw'n cyfateb");
        assertThat(_get(Button.class, spec -> spec.withId("void-paper-entry")).getText()).isEqualTo("Diddymu'r cofnod hwn");
        assertThat(_get(Div.class, spec -> spec.withId("voided-paper-entries")).getElement().getTextRecursively())
                .isEqualTo("Nid oes cofnod wedi'i ddiddymu.");

        click("confirm-paper-K-1");
        assertThat(text(Div.class, "paper-check-message")).isEqualTo("Chi a gofnododd bapur K-1: rhaid i hwylusydd arall ei wirio.");
        SignedIn.as(SecondFacilitator.USERNAME, "FACILITATOR", () -> {
            click("confirm-paper-K-1");
            assertThat(text(Div.class, "paper-check-message")).isEqualTo("Mae papur K-1 yn cyfateb i'w gofnod: wedi'i wirio.");
            _get(TextField.class, spec -> spec.withId("void-paper-number")).setValue("K-9");
            click("find-paper-entry");
            assertThat(_get(Div.class, spec -> spec.withId("paper-entry-found")).getElement().getTextRecursively())
                    .isEqualTo("Nid oes cofnod papur rhif K-9 yn y bleidlais hon.");
            click("void-paper-entry");
            assertThat(text(Div.class, "void-message")).isEqualTo("Dywedwch pam y mae'r cofnod hwn yn cael ei ddiddymu.");
            return null;
        });
        assertThat(text(Paragraph.class, "paper-check-status"))
                .isEqualTo("1 o 2 cofnod yn y sampl wedi'u gwirio; mae'r ardystio yn aros am y 1 arall.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCertificationScreenIsInWelshAndRefusesInWelsh() {
        countedVote();
        inWelsh("journeys/" + journeyId + "/certify", QueryParameters.of("task", "no-such-task"));

        assertThat(_get(H1.class).getText()).isEqualTo("Ardystio'r bleidlais: " + title);
        assertThat(pageTitle()).isEqualTo("Ardystio'r bleidlais | Teithiau Cymunedol");
        assertThat(_find(H2.class).stream().map(H2::getText)).containsExactly("Syniadau a ariennir, mewn trefn", "Pob syniad",
                "Sut y cafodd ei gyfrif", "Eich penderfyniad");
        OrderedList funded = _get(OrderedList.class, spec -> spec.withId("certify-funded"));
        assertThat(funded.getChildren().map(item -> ((ListItem) item).getText()).toList())
                .containsExactly("Hall repairs: £1,500, 3 pleidlais");
        Grid<VoteReport.Line> lines = _get(Grid.class, spec -> spec.withId("certify-lines"));
        assertThat(lines.getColumns().stream().map(Grid.Column::getHeaderText))
                .containsExactly("Safle yn ôl pleidleisiau", "Syniad", "Pleidleisiau", "Cost", "Canlyniad");
        String facts = _get(DescriptionList.class, spec -> spec.withId("certify-facts")).getElement().getTextRecursively();
        assertThat(facts).contains("RheolY mwyaf o bleidleisiau yn gyntaf").contains("Cyllideb a ddefnyddiwyd£1,500 (£500 ar ôl)")
                .contains("Papurau pleidleisio ar-lein2").contains("Papurau pleidleisio ar bapur1")
                .contains("Nifer a bleidleisiodd3 preswylydd").contains("Cofnodion papur a wiriwyd gan ail hwylusydd").contains(" yn y sampl")
                .doesNotContain("Turnout");
        assertThat(_get(Anchor.class, spec -> spec.withId("certify-download-ballots")).getText())
                .isEqualTo("Lawrlwytho'r papurau pleidleisio dienw (.pb)");
        CertifyResultView screen = _get(CertifyResultView.class);
        assertThat(screen.note.getLabel()).isEqualTo("Nodyn (ei angen ar gyfer ailgyfrif)");
        assertThat(screen.certify.getText()).isEqualTo("Ardystio a chyhoeddi'r canlyniad");

        // why an idea is not funded, in each reader's language
        VoteReport.Line babyBank = votes.report(journeyId).orElseThrow().lines().stream()
                .filter(line -> line.ideaId().equals(onBallot.get(0))).findFirst().orElseThrow();
        assertThat(babyBank.whyNotFunded().in(Languages.WELSH)).isEqualTo("nid oedd yn ffitio'r gyllideb oedd ar ôl (£500 ar ôl)");
        assertThat(babyBank.whyNotFunded().english()).isEqualTo("it did not fit the remaining budget (£500 left)");

        click("recount-result");
        assertThat(text(Div.class, "certify-problem")).isEqualTo("Dywedwch pam y mae'n rhaid cyfrif y papurau pleidleisio eto.");
    }

    @Test
    void theCountsProgressIsInWelsh() {
        String voter = voter();
        SignedIn.as(voter, "RESIDENT", () -> votes.cast(journeyId, voter, BallotChoice.picking(List.of(onBallot.get(0)))));
        votes.closeVote(journeyId);
        jdbc.update("insert into vote_count (journey_id, started_at, updated_at, rounds, spent_pence, budget_pence) "
                + "values (?, now(), now(), 1234, 90000, 200000)", journeyId);
        inWelsh("journeys/" + journeyId + "/certify", QueryParameters.of("task", "a-task"));

        Div progress = _get(Div.class, spec -> spec.withId("count-progress"));
        assertThat(_get(progress, H2.class, spec -> { }).getText()).isEqualTo("Cyfrif y papurau pleidleisio");
        assertThat(text(Paragraph.class, "count-progress-text"))
                .isEqualTo("1,234 rownd o'r Dull Cyfrannau Cyfartal wedi'u cyfrif hyd yma; mae'r olaf yn gwario £900 o £2,000.");
        assertThat(progress.getElement().getTextRecursively()).contains("Dechreuodd am ").contains("Fy nhasgau");
        assertThat(_get(com.vaadin.flow.component.progressbar.ProgressBar.class, spec -> spec.withId("count-progress-bar"))
                .getElement().getAttribute("aria-label")).isEqualTo("Y gyllideb a wariwyd gan rownd olaf y cyfrif");

        jdbc.update("update vote_count set failure = 'the exact run disagrees' where journey_id = ?", journeyId);
        inWelsh("journeys/" + journeyId + "/certify", QueryParameters.of("task", "a-task"));
        assertThat(_get(Div.class, spec -> spec.withId("count-progress")).getElement().getTextRecursively())
                .contains("Stopiodd y cyfrif").contains(": the exact run disagrees. Mae'r peiriant yn rhoi cynnig arall arni");
    }

    @Test
    void theVoteOnTheJourneyPageOffersItsClocksInWelsh() {
        JourneyPagePart part = context.getBean(VoteOnJourneyPage.class);
        Journey journey = journeys.get(journeyId);
        assertThat(part.clockMoves(journey, "facilitator")).singleElement().satisfies(move -> {
            assertThat(move.label()).isEqualTo("Close the vote now");
            assertThat(move.consequence()).endsWith("This cannot be undone.");
        });
        assertThat(part.links(journey)).extracting(JourneyPagePart.Link::text)
                .containsExactly("Paper ballots", "Check paper entries (four eyes)");
        UI.getCurrent().setLocale(Languages.WELSH);
        assertThat(part.clockMoves(journey, "facilitator")).singleElement().satisfies(move -> {
            assertThat(move.label()).isEqualTo("Cau'r bleidlais nawr");
            assertThat(move.question()).isEqualTo("Cau'r bleidlais nawr?");
            assertThat(move.consequence()).endsWith("Ni ellir dadwneud hyn.");
        });
        assertThat(part.links(journey)).extracting(JourneyPagePart.Link::text)
                .containsExactly("Papurau pleidleisio", "Gwirio cofnodion papur (pedwar llygad)");
    }

    /** The services' refusals keep their English messages, and say themselves in Welsh on a screen. */
    @Test
    void theRefusalsEnglishIsUnchangedAndTheyAreWordedInWelsh() {
        JourneyStage stage = journeys.get(journeyId).getStage();
        assertThatThrownBy(() -> clock.openNow(journeyId, "facilitator"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The vote is not waiting to open: the journey is at \u201c" + stage.label() + "\u201d.")
                .isInstanceOfSatisfying(Worded.class, worded -> assertThat(worded.in(Languages.WELSH))
                        .isEqualTo("Nid yw'r bleidlais yn aros i agor: mae'r daith yn y cam \u201c"
                                + MessageBundles.find("stage." + stage.name(), Languages.WELSH).orElseThrow() + "\u201d."));
        assertThatThrownBy(() -> votes.castOnPaper(journeyId, voter(), " ", BallotChoice.picking(List.of(onBallot.get(0))), "facilitator"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Give the paper ballot number.")
                .isInstanceOfSatisfying(Worded.class, worded -> assertThat(worded.in(Languages.WELSH))
                        .isEqualTo("Rhowch rif y papur pleidleisio."));
        String voter = voter();
        votes.castOnPaper(journeyId, voter, "E-1", BallotChoice.picking(List.of(onBallot.get(0))), "facilitator");
        assertThatThrownBy(() -> votes.castOnPaper(journeyId, voter(), "E-1", BallotChoice.picking(List.of(onBallot.get(1))), "facilitator"))
                .isInstanceOf(IllegalStateException.class).hasMessage("Paper ballot number E-1 has already been entered.")
                .isInstanceOfSatisfying(Worded.class, worded -> assertThat(worded.in(Languages.WELSH))
                        .isEqualTo("Mae papur pleidleisio rhif E-1 wedi'i gofnodi eisoes."));
        assertThatThrownBy(() -> votes.certify(journeyId, "facilitator"))
                .hasMessage("The vote is still open: a count can be certified once it has closed.")
                .isInstanceOfSatisfying(Worded.class, worded -> assertThat(worded.in(Languages.WELSH))
                        .isEqualTo("Mae'r bleidlais ar agor o hyd: gellir ardystio cyfrif unwaith y bydd wedi cau."));
        assertThat(VoteService.VOTE_CLOSED).isEqualTo("The vote has closed: no more ballots are taken.");
        assertThat(MessageBundles.find("voting.refused.closed", Languages.WELSH))
                .hasValue("Mae'r bleidlais wedi cau: ni chymerir rhagor o bapurau pleidleisio.");
        assertThat(MessageBundles.english("voting.refused.sampleWaiting", 1, "1")).isEqualTo("1 sampled paper entry still waits "
                + "for a second facilitator's check against the papers: the count can be certified after that (Check paper entries).");
        assertThat(MessageBundles.english("voting.refused.sampleWaiting", 5L, "5")).startsWith("5 sampled paper entries still wait for");
        assertThat(MessageBundles.english("voting.paper.count", 1L, "1", 2L, "2"))
                .isEqualTo("1 paper ballot entered so far; 2 residents have voted in all.");
        assertThat(MessageBundles.english("voting.paper.count", 0L, "0", 1L, "1"))
                .isEqualTo("0 paper ballots entered so far; 1 resident has voted in all.");
        assertThat(MessageBundles.english("voting.checks.points", "Hall", 1, "1")).isEqualTo("Hall: 1 point");
        assertThat(MessageBundles.english("voting.checks.points", "Hall", 12, "12")).isEqualTo("Hall: 12 points");
    }

    /**
     * Every voting key the code names, also those the bundle test cannot see (a key chosen by a
     * condition, or handed to a method that refuses with it), is in the English bundle.
     */
    @Test
    void everyVotingKeyTheCodeNamesIsInTheBundle() throws IOException {
        Pattern key = Pattern.compile("\"(voting\\.[A-Za-z.]*[A-Za-z])\"");
        Set<String> missing = new TreeSet<>();
        int named = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/communityjourneys/voting"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher found = key.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (found.find()) {
                    named++;
                    if (!MessageBundles.has(found.group(1))) {
                        missing.add(found.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(named).isGreaterThan(150);
        assertThat(missing).isEmpty();
    }
}
