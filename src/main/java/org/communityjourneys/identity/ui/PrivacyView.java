package org.communityjourneys.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The privacy notice residents agree to when they register. */
@Route("privacy")
@AnonymousAllowed
public class PrivacyView extends Main implements HasDynamicTitle {

    public PrivacyView() {
        addClassName("page");
        add(new H1(getTranslation("privacy.heading")),
                new Paragraph(getTranslation("privacy.intro")),
                new H2(getTranslation("privacy.keepHeading")),
                new UnorderedList(
                        new ListItem(getTranslation("privacy.keepName")),
                        new ListItem(getTranslation("privacy.keepPostcode")),
                        new ListItem(getTranslation("privacy.keepAge")),
                        new ListItem(getTranslation("privacy.keepIdeas"))),
                new H2(getTranslation("privacy.notHeading")),
                new UnorderedList(
                        new ListItem(getTranslation("privacy.notShow")),
                        new ListItem(getTranslation("privacy.notSell")),
                        new ListItem(getTranslation("privacy.notVote"))),
                new H2(getTranslation("privacy.checkHeading")),
                new Paragraph(getTranslation("privacy.check")),
                new H2(getTranslation("privacy.rightsHeading")),
                new UnorderedList(
                        new ListItem(getTranslation("privacy.rightsDownload")),
                        new ListItem(getTranslation("privacy.rightsDelete")),
                        new ListItem(getTranslation("privacy.rightsCorrect"))),
                new H2(getTranslation("privacy.safeHeading")),
                new Paragraph(getTranslation("privacy.safe")),
                new Anchor("register", getTranslation("privacy.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("privacy.heading"));
    }
}
