package org.communityjourneys.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The privacy notice residents agree to when they register. */
@Route("privacy")
@PageTitle("Privacy notice | Community Journeys")
@AnonymousAllowed
public class PrivacyView extends Main {

    public PrivacyView() {
        addClassName("page");
        add(new H1("Privacy notice"),
                new Paragraph("This notice says, in plain words, what we keep about you and why."),
                new H2("What we keep"),
                new UnorderedList(
                        new ListItem("Your name and email address, so you can log in and we can contact you."),
                        new ListItem("Your postcode and ward, so you can take part in journeys where you live."),
                        new ListItem("Your age band, so we can see whether all ages are taking part. We only report it as totals."),
                        new ListItem("The ideas you put forward and the ideas you support.")),
                new H2("What we do not do"),
                new UnorderedList(
                        new ListItem("We do not show your name, email or postcode on public pages."),
                        new ListItem("We do not sell your data or share it for marketing."),
                        new ListItem("Your vote is secret: published ballots carry no names.")),
                new H2("Checking where you live"),
                new Paragraph("Before you can vote, a community facilitator checks that you live in your ward: in person, "
                        + "when they write a short note of how they checked, or by giving you a one-time code that you "
                        + "enter on your account page."),
                new H2("Your rights"),
                new UnorderedList(
                        new ListItem("Download your data: on your account page (My account) you can download everything "
                                + "we hold about you as a file."),
                        new ListItem("Delete your account: also on your account page. We delete your name, email, "
                                + "postcode and age band. Ideas you put forward stay, shown as by \"a former resident\". "
                                + "We keep a record that you voted, without your name, so the count of ballots still adds up."),
                        new ListItem("To correct your details, ask any community facilitator.")),
                new H2("Keeping accounts safe"),
                new Paragraph("After too many wrong passwords or codes we ask you to wait a few minutes before trying again. "
                        + "For this we keep a scrambled (hashed) form of the email address and internet address used, "
                        + "and delete it soon after the waiting time is over."),
                new Anchor("register", "Back to registration"));
    }
}
