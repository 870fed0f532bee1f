package org.communityjourneys.wards.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import org.communityjourneys.wards.service.OpenData.WardSummary;
import org.communityjourneys.wards.service.WardPages;

/** The county's 53 wards, searchable, each linking to its public page. */
@Route("wards")
@Menu(title = "Wards", order = 5, icon = "vaadin:map-marker")
@AnonymousAllowed
public class WardsView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final UnorderedList list = new UnorderedList();
    private final List<WardSummary> wards;

    public WardsView(WardPages pages) {
        addClassName("page");
        search.setLabel(getTranslation("wards.find"));
        wards = pages.wards();
        search.setWidthFull();
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.addValueChangeListener(event -> show(event.getValue()));
        list.setId("ward-list");
        add(new H1(getTranslation("wards.heading")),
                new Paragraph(getTranslation("wards.intro", wards.size())),
                search, list);
        show("");
    }

    private void show(String text) {
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        list.removeAll();
        wards.stream().filter(ward -> ward.name().toLowerCase(Locale.ROOT).contains(needle)).forEach(ward -> {
            String journeys = ward.journeys() == 0 ? "" : getTranslation("wards.journeys", ward.journeys());
            list.add(new ListItem(new Anchor("wards/" + ward.code(), ward.name() + journeys)));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("wards.heading"));
    }
}
