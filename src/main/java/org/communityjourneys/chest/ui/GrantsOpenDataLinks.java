package org.communityjourneys.chest.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.communityjourneys.chest.service.ThreeSixtyGivingPublication;

/** The downloads of every awarded grant as 360Giving open data (JSON package and CSV), CC BY 4.0. */
class GrantsOpenDataLinks extends Paragraph {

    GrantsOpenDataLinks() {
        setId("grants-360giving");
        Anchor json = new Anchor(ThreeSixtyGivingPublication.JSON_PATH.substring(1), getTranslation("chest.openData.json"));
        json.setId("grants-360giving-json");
        Anchor csv = new Anchor(ThreeSixtyGivingPublication.CSV_PATH.substring(1), getTranslation("chest.openData.csv"));
        csv.setId("grants-360giving-csv");
        json.getElement().setAttribute("router-ignore", true);
        csv.getElement().setAttribute("router-ignore", true);
        add(json, new com.vaadin.flow.component.Text(" \u00b7 "), csv,
                new com.vaadin.flow.component.Text(" " + getTranslation("chest.openData.licence")));
    }
}
