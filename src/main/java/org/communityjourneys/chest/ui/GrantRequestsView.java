package org.communityjourneys.chest.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.chest.domain.StartableProcess;
import org.communityjourneys.chest.service.StartForms;

/**
 * "Apply for a grant": the processes the person may start from a start form, such as a hub
 * start-up claim or a small-grants fast-track application. Which ones each role sees is set in
 * the models ({@code camunda:candidateStarterGroups}).
 */
@Route("requests")
@Menu(title = "Apply for a grant", order = 14, icon = "vaadin:hand")
@PermitAll
public class GrantRequestsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final StartForms startForms;
    private final CurrentUser currentUser;

    public GrantRequestsView(StartForms startForms, CurrentUser currentUser) {
        this.startForms = startForms;
        this.currentUser = currentUser;
        addClassName("page");
        setId("grant-requests");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("chest.requests.title"));
    }

    /** Built on every visit: a person may come back with other roles, or a new model may be deployed. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Set<Role> roles = currentUser.roles();
        List<StartableProcess> startable = startForms.startableBy(roles);
        add(new H1(getTranslation("chest.requests.title")));
        if (startable.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("chest.requests.none"));
            none.setId("grant-requests-none");
            add(none);
            return;
        }
        add(new Paragraph(getTranslation("chest.requests.intro")));
        if (roles.contains(Role.FACILITATOR)) {
            add(new Paragraph(getTranslation("chest.requests.facilitator")));
        }
        for (StartableProcess process : startable) {
            add(card(process));
        }
    }

    /** One process to start; its name and description are the model's own words. */
    private Div card(StartableProcess process) {
        Div card = new Div();
        card.addClassName("grant-request");
        card.setId("grant-request-" + process.key());
        card.getStyle().set("padding", "var(--lumo-space-s) 0").set("max-width", "40rem");
        card.add(new H2(process.name()));
        if (!process.description().isBlank()) {
            card.add(new Paragraph(process.description()));
        }
        RouterLink apply = new RouterLink(getTranslation("chest.requests.apply", process.name()), GrantRequestView.class,
                new RouteParameters(GrantRequestView.PROCESS_KEY, process.key()));
        apply.setId("apply-" + process.key());
        card.add(apply);
        return card;
    }
}
