package org.communityjourneys.chest.ui;

import org.communityjourneys.shared.domain.Wording;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.chest.domain.ApplicationDraft;
import org.communityjourneys.chest.domain.DecisionRole;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.FundPlan;
import org.communityjourneys.chest.domain.FunderKind;
import org.communityjourneys.chest.domain.FundingPrinciple;
import org.communityjourneys.chest.domain.GrantBand;
import org.communityjourneys.chest.domain.GrantProgramme;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.domain.LedgerEntryKind;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.FundService;
import org.communityjourneys.chest.service.GrantApplicationService;
import org.communityjourneys.chest.service.NotEnoughInFund;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Worded;
import org.communityjourneys.shared.ui.Languages;
import org.communityjourneys.support.FundingStage;
import org.communityjourneys.support.GrantDrafts;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.support.SpringMockVaadin;
import org.communityjourneys.ui.PageNotFoundView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The chest's screens while the UI is in Welsh: the funds screen and the dashboard (staff), the
 * grant application and "Apply for a grant" (residents and groups), a panel member's scoring
 * screen, and the chest's refusals said in Welsh on them, while their English stays as it was.
 */
@SpringBootTest
@ActiveProfiles("test")
class ChestInWelshScreenTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ChestService chest;
    @Autowired
    FundService funds;
    @Autowired
    GrantApplicationService applications;

    @AfterEach
    void close() {
        SpringMockVaadin.tearDown();
    }

    @SafeVarargs
    private void openInWelsh(String location, String taskId, Class<? extends Component>... views) {
        SpringMockVaadin.tearDown();
        SpringMockVaadin.setUp(context, views);
        UI.getCurrent().setLocale(Languages.WELSH);
        UI.getCurrent().navigate(location, QueryParameters.simple(taskId == null ? Map.of() : Map.of("task", taskId)));
    }

    private static void click(String id) {
        ButtonKt._click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static String title() {
        return UI.getCurrent().getInternals().getTitle();
    }

    @SuppressWarnings("unchecked")
    private static List<String> headers(String gridId) {
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();
    }

    @Test
    @WithMockUser(username = "governance", roles = "GOVERNANCE")
    void theFundsScreenAndItsRefusalsAreInWelsh() {
        openInWelsh("chest/funds", null, FundsView.class, ChestDashboardView.class);
        FundsView screen = _get(FundsView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Cyllidwyr a chronfeydd");
        assertThat(_find(H2.class).stream().map(H2::getText)).containsExactly("Cofnodi cyfraniad", "Cronfa newydd");
        assertThat(title()).isEqualTo("Cronfeydd | Teithiau Cymunedol");
        assertThat(headers("funds-grid")).containsExactly("Cronfa", "Cyllidwr", "Math", "Dosbarthu erbyn", "Cyfyngiadau",
                "Cyfrannwyd", "Neilltuwyd", "Talwyd", "Ar gael");
        assertThat(screen.name.getLabel()).isEqualTo("Enw'r gronfa");
        assertThat(screen.bands.getLabel()).isEqualTo("Bandiau grant a ganiateir");
        assertThat(screen.funderKind.getItemLabelGenerator().apply(FunderKind.PHILANTHROPY)).isEqualTo("Dyngarwch");
        assertThat(screen.bands.getItemLabelGenerator().apply(GrantBand.UP_TO_1000)).isEqualTo("Hyd at £1,000");
        assertThat(_get(Button.class, spec -> spec.withId("create-fund")).getText()).isEqualTo("Creu cronfa");

        screen.name.setValue("Half a fund");
        screen.maxGrant.setValue(new BigDecimal("10.005"));
        click("create-fund");
        assertThat(screen.fundProblems.getText())
                .isEqualTo("Rhowch y grant mwyaf mewn punnoedd a cheiniogau (dau le degol ar y mwyaf).");
        // the service's refusal, every problem at once, in Welsh
        screen.maxGrant.setValue(new BigDecimal("500"));
        click("create-fund");
        assertThat(screen.fundProblems.getText()).isEqualTo("Enwch y cyllidwr. Dewiswch pa fath o gyllidwr ydyw. "
                + "Rhowch y dyddiad erbyn pryd y mae'n rhaid dosbarthu'r gronfa. Caniatewch o leiaf un band grant.");
        click("record-contribution");
        assertThat(screen.contributionProblems.getText()).isEqualTo("Rhowch y swm mewn punnoedd.");
    }

    @Test
    @WithMockUser(username = "governance", roles = "GOVERNANCE")
    void aRefusalsEnglishIsUnchangedWhileTheScreenSpeaksWelsh() {
        openInWelsh("chest/funds", null, FundsView.class, ChestDashboardView.class);
        FundPlan half = new FundPlan("Half a fund " + UUID.randomUUID(), null, null, null, 500_00, Set.of(), Set.of(), Set.of());
        assertThatThrownBy(() -> funds.openFund(half)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Name the funder. Choose what kind of funder it is. Give the date by which the fund must be "
                        + "distributed. Allow at least one grant band.")
                .isInstanceOfSatisfying(Worded.class, worded -> assertThat(worded.in(Languages.WELSH))
                        .startsWith("Enwch y cyllidwr. "));
        assertThatThrownBy(() -> funds.recordContribution(null, 100, "x")).hasMessage("Choose the fund the money goes into.")
                .isInstanceOfSatisfying(Worded.class, worded -> assertThat(worded.in(Languages.WELSH))
                        .isEqualTo("Dewiswch y gronfa y mae'r arian yn mynd iddi."));
        NotEnoughInFund short1 = new NotEnoughInFund("Ledbury fund", 500_00);
        assertThat(short1).hasMessage("Not enough left in Ledbury fund: £500 available.");
        assertThat(short1.in(Languages.WELSH)).isEqualTo("Dim digon ar ôl yn Ledbury fund: £500 ar gael.");
    }

    @Test
    @WithMockUser(username = "governance", roles = "GOVERNANCE")
    void theDashboardIsInWelsh() {
        openInWelsh("chest", null, FundsView.class, ChestDashboardView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Y gronfa gymunedol");
        assertThat(title()).isEqualTo("Y gronfa gymunedol | Teithiau Cymunedol");
        assertThat(_find(H2.class).stream().map(H2::getText)).containsExactly("Cronfeydd", "Cyfriflyfr", "Data agored");
        assertThat(_get(Div.class, spec -> spec.withId("fund-balances")).getElement().getTextRecursively())
                .contains("Cyfrannwyd: £150,000").contains("Neilltuwyd: ").doesNotContain("Contributed");
        assertThat(headers("ledger-grid")).containsExactly("Pryd", "Pwy", "Cronfa", "Symudiad", "Swm", "Cyfeirnod");
        assertThat(_get(Anchor.class, spec -> spec.withId("ledger-csv")).getText()).isEqualTo("Lawrlwytho'r cyfriflyfr (CSV)");
        assertThat(_get(Anchor.class, spec -> spec.withId("grants-360giving-json")).getText())
                .isEqualTo("Grantiau a ddyfarnwyd, JSON 360Giving");
        assertThat(_get(RouterLink.class).getText()).isEqualTo("Rheoli cyllidwyr a chronfeydd");
    }

    @Test
    @WithMockUser(username = "applicant", roles = "APPLICANT")
    void theApplicantFillsInTheApplicationInWelshAndIsToldWhatIsWrongInWelsh() {
        FundingStage.Started started = FundingStage.toApplication(context, 30_000_00, "Play sessions " + UUID.randomUUID());
        Task task = FundingStage.taskAt(context, started, "completeApplication");
        openInWelsh("grants/" + started.grantId() + "/application", task.getId(), GrantApplicationView.class);
        GrantApplicationView screen = _get(GrantApplicationView.class);
        assertThat(_get(H1.class).getText()).startsWith("Cais am grant: Play sessions");
        assertThat(title()).isEqualTo("Cais am grant | Teithiau Cymunedol");
        assertThat(_get(Paragraph.class, spec -> spec.withId("grant-limit")).getText())
                .isEqualTo("Pleidleisiodd trigolion dros £15,000. Gallwch ofyn am hyd at £15,000 o'r gronfa "
                        + started.fund().getName() + ". Mae'n rhaid llenwi'r meysydd sydd wedi'u marcio â dot.");
        assertThat(screen.organisation.getLabel()).isEqualTo("Grŵp neu sefydliad");
        assertThat(screen.sortCode.getHelperText()).isEqualTo("6 digid, fel 12-34-56");
        assertThat(screen.principles.get(FundingPrinciple.CREATIVITY).getLabel()).isEqualTo("Creadigrwydd ac arloesi");
        assertThat(screen.principles.get(FundingPrinciple.LASTING_IMPACT).getHelperText())
                .isEqualTo("Beth fydd yn para ar ôl i'r arian gael ei wario?");
        assertThat(screen.submit.getText()).isEqualTo("Anfon y cais");

        // the service's amount check, on the amount field
        screen.amount.setValue(new BigDecimal("16000"));
        assertThat(screen.amount.getErrorMessage()).isEqualTo("Pleidleisiodd trigolion dros £15,000: gall y cais ofyn am hyd at"
                + " hynny. Mater i'r panel neu'r bwrdd yw cymeradwyo swm gwahanol, gyda rheswm.");
        screen.amount.setValue(new BigDecimal("5000"));
        screen.budgetRows.get(0).description.setValue("Teganau a matiau");
        screen.budgetRows.get(0).cost.setValue(new BigDecimal("3000"));
        assertThat(screen.budgetTotal.getText())
                .isEqualTo("Mae'r llinellau cyllideb yn dod i £3,000 o'r £5,000 y gofynnwyd amdano: £2,000 yn brin.");
        screen.sortCode.setValue("20-00-12");
        screen.accountNumber.setValue("55555678");
        assertThat(screen.maskedBank.getText()).startsWith("Caiff ei ddangos fel ");

        // the service's refusal of the whole application, every problem in Welsh, principles named in Welsh
        click("submit-application");
        assertThat(screen.organisation.getErrorMessage()).isEqualTo("Enwch y grŵp neu'r sefydliad.");
        assertThat(screen.problem.getText()).startsWith("Enwch y grŵp neu'r sefydliad. Rhowch fanylion cyswllt.")
                .contains("Mae'r llinellau cyllideb yn dod i £3,000 ond gofynnoch am £5,000: £2,000 yn brin.")
                .contains("Atebwch “Wedi'i gynllunio gyda'r gymuned”.").endsWith("Atebwch “Cydweithio”.");
        assertThat(applications.find(started.grantId())).isEmpty();

        // the same refusal, from the service, is in English as before
        ApplicationDraft draft = screen.draft();
        assertThatThrownBy(() -> applications.submit(started.grantId(), task.getId(), draft))
                .hasMessageStartingWith("Name the group or organisation. Give a contact.")
                .hasMessageContaining("The budget lines add up to £3,000 but you asked for £5,000: £2,000 short.")
                .hasMessageEndingWith("Answer \u201cCollaboration\u201d.");
    }

    @Test
    void aPanelMemberScoresInWelsh() {
        FundingStage.Started started = FundingStage.toApplication(context, 10_000_00, "Dads' group " + UUID.randomUUID());
        Task task = FundingStage.taskAt(context, started, "completeApplication");
        SignedIn.as("applicant", "APPLICANT", () -> applications.submit(started.grantId(), task.getId(),
                GrantDrafts.draft(4_000_00, true, false)));
        Task scoring = FundingStage.tasksAt(context, started, "panelReview").get(0);
        SignedIn.as("panel-one", "PANEL", () -> {
            openInWelsh("grants/" + started.grantId() + "/panel", scoring.getId(), PanelReviewView.class);
            PanelReviewView screen = _get(PanelReviewView.class);
            assertThat(_get(H1.class).getText()).startsWith("Sgorio: Dads' group");
            assertThat(title()).isEqualTo("Sgorio cais am grant | Teithiau Cymunedol");
            assertThat(_find(H2.class).stream().map(H2::getText)).contains("Y cais", "Eich sgoriau");
            assertThat(_get(Div.class, spec -> spec.withId("application-summary")).getElement().getTextRecursively())
                    .contains("Y swm y gofynnwyd amdano£4,000").contains("Yn gweithio gyda phlant neu oedolion agored i niwedYdy")
                    .contains("Grŵp am y tro cyntafNac ydy").contains("Cydweithio");
            assertThat(screen.scores.get(FundingPrinciple.COLLABORATION).getLabel())
                    .isEqualTo("Sgôr ar gyfer Cydweithio (1 gwan, 5 cryf)");
            assertThat(screen.comments.get(FundingPrinciple.COLLABORATION).getLabel()).isEqualTo("Sylw ar Cydweithio");
            click("submit-scores");
            assertThat(screen.problem.getText()).isEqualTo("Sgoriwch bob egwyddor o 1 i 5 ac ychwanegwch sylw ar bob un.");
            assertThat(screen.scores.get(FundingPrinciple.CREATIVITY).getErrorMessage()).isEqualTo("Dewiswch sgôr o 1 i 5.");
            return null;
        });
    }

    @Test
    @WithMockUser(username = "resident-in-welsh", roles = "RESIDENT")
    @SuppressWarnings("unchecked")
    void aResidentAppliesForAGrantInWelshAndReadsTheFundsRefusalInWelsh() {
        Fund small = chest.createFund("Cronfa fach " + UUID.randomUUID(), "Talk Community", "PUBLIC_HEALTH",
                LocalDate.now().plusYears(1), 100_00);
        chest.contribute(small.getId(), 10_000_00, "Test money", "governance");
        Set<Class<? extends Component>> views = Set.of(GrantRequestsView.class, GrantRequestView.class);
        Set<Class<? extends HasErrorParameter<?>>> errors = Set.of(PageNotFoundView.class);
        SpringMockVaadin.setUp(context, views, errors);
        UI.getCurrent().setLocale(Languages.WELSH);

        UI.getCurrent().navigate("requests");
        assertThat(_get(H1.class).getText()).isEqualTo("Gwneud cais am grant");
        assertThat(title()).isEqualTo("Gwneud cais am grant | Teithiau Cymunedol");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Gall grwpiau a hybiau cymunedol ofyn am y "
                + "grantiau hyn yn syth o gronfa, heb bleidlais. Caiff pob hawliad ei wirio cyn neilltuo unrhyw arian.");
        assertThat(_get(RouterLink.class, spec -> spec.withId("apply-small-grants-fast-track")).getText()).startsWith("Gwneud cais: ");

        UI.getCurrent().navigate("requests/small-grants-fast-track");
        assertThat(_get(Button.class, spec -> spec.withId("send-request")).getText()).isEqualTo("Anfon yr hawliad");
        assertThat(_get(RouterLink.class, spec -> spec.withId("back-to-requests")).getText()).isEqualTo("Yn ôl: Gwneud cais am grant");
        _setValue((RadioButtonGroup<String>) _get(RadioButtonGroup.class, spec -> spec.withId("field-fundId")), small.getId().toString());
        _setValue(_get(TextField.class, spec -> spec.withId("field-organisation")), "Clwb cinio");
        _setValue(_get(TextField.class, spec -> spec.withId("field-contact")), "clwb@example.org");
        _setValue(_get(TextArea.class, spec -> spec.withId("field-purpose")), "Llestri a byrddau");
        _setValue(_get(TextField.class, spec -> spec.withId("field-amountPounds")), "200");
        _click(_get(Button.class, spec -> spec.withId("send-request")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("request-problem")).getText())
                .isEqualTo("Nid yw " + small.getName() + " yn rhoi grantiau o £200.");
        assertThat(_find(Paragraph.class, spec -> spec.withId("request-sent"))).isEmpty();
    }

    @Test
    void theClaimConfirmationNamesTheCheckerInTheUisLanguage() {
        SpringMockVaadin.setUp(context, GrantRequestsView.class);
        assertThat(GrantRequestView.confirmation(List.of("FACILITATOR"))).isEqualTo("Your claim has been sent; a facilitator will check it.");
        assertThat(GrantRequestView.confirmation(List.of("ADMIN"))).isEqualTo("Your claim has been sent; an administrator will check it.");
        UI.getCurrent().setLocale(Languages.WELSH);
        assertThat(GrantRequestView.confirmation(List.of("FACILITATOR"))).isEqualTo("Mae eich hawliad wedi'i anfon; bydd hwylusydd yn ei wirio.");
        assertThat(GrantRequestView.confirmation(List.of("unknown"))).isEqualTo("Mae eich hawliad wedi'i anfon.");
    }

    /** The English of each name in the bundle is what the enum itself says, so no English text moved. */
    @Test
    void theBundleNamesEveryConstantAsTheCodeDidInEnglish() {
        Locale english = MessageBundles.ENGLISH;
        for (FundingPrinciple principle : FundingPrinciple.values()) {
            assertThat(MessageBundles.english("chest.principle." + principle.name())).isEqualTo(principle.label());
            assertThat(MessageBundles.english("chest.principleQuestion." + principle.name())).isEqualTo(principle.question());
        }
        for (GrantStatus status : GrantStatus.values()) {
            assertThat(status.wording().in(english)).isEqualTo(status.label());
        }
        for (DecisionRole role : DecisionRole.values()) {
            assertThat(role.wording().in(english)).isEqualTo(role.label());
        }
        for (GrantProgramme programme : GrantProgramme.values()) {
            assertThat(programme.wordingInSentence().in(english)).isEqualTo(programme.label().toLowerCase(Locale.UK));
        }
        for (FunderKind kind : FunderKind.values()) {
            assertThat(MessageBundles.english("chest.funderKind." + kind.name())).isEqualTo(kind.label());
        }
        for (GrantBand band : GrantBand.values()) {
            assertThat(MessageBundles.english("chest.band." + band.name())).isEqualTo(band.label());
        }
        for (LedgerEntryKind kind : EnumSet.allOf(LedgerEntryKind.class)) {
            assertThat(MessageBundles.has("chest.movement." + kind.name())).as(kind.name()).isTrue();
        }
        for (Role role : Role.values()) {
            assertThat(MessageBundles.has("chest.request.checker." + role.name())).as(role.name()).isTrue();
        }
    }

    /**
     * Every chest key the code names, also those the bundle test cannot see ({@code Wording.of},
     * a key chosen by a condition), and every grant step {@code Grant.require} names, is in the
     * English bundle.
     */
    @Test
    void everyChestKeyTheCodeNamesIsInTheBundle() throws IOException {
        Pattern key = Pattern.compile("\"(chest\\.[A-Za-z.]*[A-Za-z])\"");
        Pattern step = Pattern.compile("require\\(\"(\\w+)\"");
        Set<String> missing = new TreeSet<>();
        int named = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/communityjourneys/chest"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source, StandardCharsets.UTF_8);
                Matcher found = key.matcher(code);
                while (found.find()) {
                    named++;
                    String name = found.group(1);
                    boolean prefix = MessageBundles.bundle(MessageBundles.ENGLISH).keySet().stream()
                            .anyMatch(known -> known.startsWith(name + "."));
                    if (!MessageBundles.has(name) && !prefix) {
                        missing.add(name + " (" + source.getFileName() + ")");
                    }
                }
                Matcher steps = step.matcher(code);
                while (steps.find()) {
                    if (!MessageBundles.has("chest.grant.step." + steps.group(1))) {
                        missing.add("chest.grant.step." + steps.group(1));
                    }
                }
            }
        }
        assertThat(named).isGreaterThan(250);
        assertThat(missing).isEmpty();
    }
}
