package org.communityjourneys.chest.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasErrorParameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.FunderKind;
import org.communityjourneys.chest.domain.GrantBand;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.ui.PageNotFoundView;
import org.communityjourneys.support.SpringMockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The funds screen and the chest dashboard, driven as a governance lead would. */
@SpringBootTest
@ActiveProfiles("test")
class ChestScreensTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ChestService chest;

    @AfterEach
    void close() {
        SpringMockVaadin.tearDown();
    }

    private FundsView openFunds() {
        SpringMockVaadin.setUp(context, FundsView.class, ChestDashboardView.class);
        UI.getCurrent().navigate(FundsView.class);
        return _get(FundsView.class);
    }

    @Test
    @WithMockUser(username = "governance", roles = "GOVERNANCE")
    void aFundCreatedOnTheScreenIsStoredWithItsRestrictionsAndTakesContributions() {
        FundsView screen = openFunds();
        String name = "Screen fund " + UUID.randomUUID();
        screen.name.setValue(name);
        screen.funder.setValue("Rotary club");
        screen.funderKind.setValue(FunderKind.PHILANTHROPY);
        screen.deadline.setValue(LocalDate.now().plusMonths(3));
        screen.maxGrant.setValue(new BigDecimal("1000"));
        screen.bands.setValue(EnumSet.of(GrantBand.UP_TO_1000));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("create-fund")));

        assertThat(screen.fundProblems.getText()).isEmpty();
        Fund fund = chest.funds().stream().filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
        assertThat(fund.getBands()).containsExactly(GrantBand.UP_TO_1000);
        assertThat(fund.getMaxGrantPence()).isEqualTo(1_000_00);

        screen.contributionFund.setValue(screen.contributionFund.getListDataView().getItems()
                .filter(f -> f.getId().equals(fund.getId())).findFirst().orElseThrow());
        screen.contributionAmount.setValue(new BigDecimal("750.25"));
        screen.contributionReference.setValue("Rotary pledge");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("record-contribution")));

        assertThat(screen.contributionProblems.getText()).isEmpty();
        assertThat(chest.balance(fund.getId()).available()).isEqualTo(750_25);
        assertThat(GridKt._size(_get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("funds-grid"))))
                .isEqualTo(chest.funds().size());
    }

    @Test
    @WithMockUser(username = "governance", roles = "GOVERNANCE")
    void badInputOnTheScreenIsExplainedAndStoresNothing() {
        FundsView screen = openFunds();
        int before = chest.funds().size();
        screen.name.setValue("Half a fund");
        screen.maxGrant.setValue(new BigDecimal("10.005"));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("create-fund")));
        assertThat(screen.fundProblems.getText())
                .isEqualTo("Give the largest grant in pounds and pence (at most two decimal places).");

        screen.maxGrant.setValue(new BigDecimal("500"));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("create-fund")));
        assertThat(screen.fundProblems.getText()).isEqualTo("Name the funder. Choose what kind of funder it is. "
                + "Give the date by which the fund must be distributed. Allow at least one grant band.");
        assertThat(chest.funds()).hasSize(before);

        ButtonKt._click(_get(Button.class, spec -> spec.withId("record-contribution")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("contribution-problems")).getText())
                .isEqualTo("Fill in the amount in pounds.");
    }

    @Test
    @WithMockUser(username = "governance", roles = "GOVERNANCE")
    void theDashboardShowsEveryFundWithABarTheLedgerAndACsvDownload() {
        SpringMockVaadin.setUp(context, FundsView.class, ChestDashboardView.class);
        UI.getCurrent().navigate(ChestDashboardView.class);
        ChestDashboardView dashboard = _get(ChestDashboardView.class);

        Div cards = _get(Div.class, spec -> spec.withId("fund-balances"));
        assertThat(cards.getChildren().count()).isEqualTo(chest.funds().size());
        assertThat(cards.getElement().getTextRecursively()).contains("Public Health prevention pilot 2023/24")
                .contains("Contributed: £150,000");
        assertThat(GridKt._size(dashboard.ledger)).isEqualTo((int) chest.ledgerSize());
        Anchor csv = _get(Anchor.class, spec -> spec.withId("ledger-csv"));
        assertThat(csv.getHref()).isNotBlank();
        assertThat(csv.getElement().hasAttribute("download")).isTrue();
    }

    /**
     * The funds screen and the dashboard, opened through the router with the app's own navigation
     * access control by every other role: the house "not here for you" page, the screen never built;
     * governance leads and administrators get the screens.
     */
    @Test
    void onlyGovernanceLeadsAndAdministratorsMayOpenTheChestScreens() {
        Set<Class<? extends HasErrorParameter<?>>> errors = Set.of(PageNotFoundView.class);
        for (String role : List.of("RESIDENT", "APPLICANT", "FACILITATOR", "PANEL", "GOVERNANCE", "ADMIN")) {
            boolean allowed = role.equals("GOVERNANCE") || role.equals("ADMIN");
            for (Class<? extends Component> screen : List.of(FundsView.class, ChestDashboardView.class)) {
                SignedIn.as("someone-" + role.toLowerCase(), role, () -> {
                    SpringMockVaadin.tearDown();
                    SpringMockVaadin.setUpWithAccessControl(context, Set.of(FundsView.class, ChestDashboardView.class), errors);
                    UI.getCurrent().navigate(screen);
                    assertThat(_find(screen)).as("%s opening %s", role, screen.getSimpleName()).hasSize(allowed ? 1 : 0);
                    assertThat(_find(PageNotFoundView.class)).as("%s opening %s", role, screen.getSimpleName())
                            .hasSize(allowed ? 0 : 1);
                    return null;
                });
            }
        }
    }
}
