package org.communityjourneys.chest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.chest.domain.RequestSent;
import org.communityjourneys.chest.domain.StartForm;
import org.communityjourneys.chest.domain.StartableProcess;
import org.communityjourneys.chest.service.StartForms;
import org.communityjourneys.forms.ui.FormRenderer;
import org.communityjourneys.forms.ui.RenderedForm;
import org.communityjourneys.shared.ui.Translations;

/**
 * One start form, e.g. the hub start-up claim, rendered from its form-js JSON and checked with the
 * same rules as task forms. Sending starts the process; a refusal (e.g. over the £2,500 ceiling)
 * is shown and the answers are kept. Someone who may not start the process gets the "not here
 * for you" page.
 */
@Route("requests/:processKey")
@PermitAll
public class GrantRequestView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PROCESS_KEY = "processKey";

    private final StartForms startForms;
    private final CurrentUser currentUser;
    private final FormRenderer renderer = new FormRenderer();
    private final Paragraph problem = new Paragraph();

    public GrantRequestView(StartForms startForms, CurrentUser currentUser) {
        this.startForms = startForms;
        this.currentUser = currentUser;
        addClassName("page");
        setId("grant-request");
        problem.setId("request-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("chest.requests.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String key = event.getRouteParameters().get(PROCESS_KEY).orElse("");
        Set<Role> roles = currentUser.roles();
        Optional<StartableProcess> process = startForms.find(key, roles);
        if (process.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        StartForm start = startForms.form(key, roles);
        RenderedForm form;
        try {
            form = renderer.render(start.formJson(), start.values());
        } catch (IllegalArgumentException unreadable) {
            add(new H1(process.get().name()), new Paragraph(Translations.explain(unreadable)), backLink());
            return;
        }
        add(new H1(process.get().name()));
        if (roles.contains(Role.FACILITATOR)) {
            add(new Paragraph(getTranslation("chest.request.facilitator")));
        }
        problem.setVisible(false);
        Button send = new Button(getTranslation("chest.request.send"));
        send.setId("send-request");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> submit(process.get(), form, send));
        HorizontalLayout actions = new HorizontalLayout(send, backLink());
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.getStyle().set("flex-wrap", "wrap").set("margin-top", "var(--lumo-space-m)");
        add(form, problem, actions);
    }

    private void submit(StartableProcess process, RenderedForm form, Button send) {
        Optional<Map<String, Object>> values = form.submission();
        if (values.isEmpty()) {
            show(getTranslation("chest.request.needsAttention"), send);
            return;
        }
        RequestSent sent;
        try {
            sent = startForms.start(process.key(), values.get(), currentUser.require(), currentUser.roles());
        } catch (RuntimeException refused) {
            String why = Translations.explain(refused);
            show(why == null || why.isBlank() ? getTranslation("chest.request.notSent") : why, send);
            return;
        }
        confirm(process, sent);
    }

    private void confirm(StartableProcess process, RequestSent sent) {
        removeAll();
        Paragraph done = new Paragraph(confirmation(sent.nextGroups()));
        done.setId("request-sent");
        done.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("chest.request.sentHeading")), done,
                new Paragraph(getTranslation("chest.request.askedFor", process.name())), backLink());
        Notification.show(getTranslation("chest.request.sent"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** "… a facilitator will check it", naming the role of the first open task, in the UI's language. */
    static String confirmation(List<String> nextGroups) {
        String checker = nextGroups.stream().map(GrantRequestView::aRole).filter(label -> !label.isBlank()).findFirst().orElse("");
        return checker.isBlank() ? Translations.text("chest.request.sent")
                : Translations.text("chest.request.sentToChecker", checker);
    }

    private void show(String message, Button send) {
        problem.setText(message);
        problem.setVisible(true);
        send.setEnabled(true);
        Notification.show(message, 5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static RouterLink backLink() {
        RouterLink back = new RouterLink(Translations.text("chest.request.back"), GrantRequestsView.class);
        back.addClassName("back-link");
        back.setId("back-to-requests");
        return back;
    }

    /**
     * A role as a person reads it in a sentence: "a facilitator", "an administrator"
     * ({@code chest.request.checker.ROLE}); empty for an unknown group.
     */
    private static String aRole(String group) {
        for (Role role : Role.values()) {
            if (role.name().equals(group)) {
                String label = role.label().toLowerCase(Locale.UK);
                return Translations.label("chest.request.checker", role,
                        ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label);
            }
        }
        return "";
    }
}
