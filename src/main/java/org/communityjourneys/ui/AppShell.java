package org.communityjourneys.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

@Theme(value = "community-journeys", variant = Lumo.LIGHT)
@Meta(name = "description", content = "Community Journeys: communities decide what local prevention money is spent on.")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Community Journeys");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
    }
}
