package org.communityjourneys.ideas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.service.IdeaPlaces;
import org.communityjourneys.shared.domain.MapPoint;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.ui.MapTiles;
import org.communityjourneys.shared.ui.PlacesMap;
import org.communityjourneys.shared.ui.PlacesSection;
import org.communityjourneys.shared.ui.Translations;
import org.springframework.security.access.AccessDeniedException;

/**
 * On the author's own idea: say where it is about, by a postcode of its ward or by clicking the
 * map, or take it off the map. The service checks who, which idea and whether it can still change.
 */
class IdeaPlacePicker extends Details {

    IdeaPlacePicker(Idea idea, Ward ward, IdeaPlaces places, MapTiles tiles, String me, Runnable changed) {
        super(Translations.text("ideas.place.heading"));
        setId("place-" + idea.getId());
        addClassName("idea-place-picker");
        Optional<MapPoint> centre = ward.centre();
        Paragraph now = new Paragraph(idea.getPlace()
                .map(point -> Translations.text("ideas.place.onMap", centre.map(c -> PlacesSection.inWords(point, c, ward.getName()))
                        .orElse(Translations.text("places.inWard", ward.getName()))))
                .orElse(Translations.text("ideas.place.notYet")));
        now.setId("place-now-" + idea.getId());
        Paragraph advice = new Paragraph(Translations.text("ideas.place.advice"));

        TextField postcode = new TextField(Translations.text("ideas.place.postcode"));
        postcode.setId("place-postcode-" + idea.getId());
        postcode.setHelperText(Translations.text("ideas.place.postcodeHelper", ward.getName()));
        postcode.setMaxLength(10);
        Button byPostcode = new Button(Translations.text("ideas.place.byPostcode"), click -> act(() -> {
            places.placeByPostcode(idea.getId(), postcode.getValue(), me);
            return Translations.text("ideas.place.placedAt", postcode.getValue().trim().toUpperCase(java.util.Locale.UK));
        }, changed, postcode));
        byPostcode.setId("place-by-postcode-" + idea.getId());
        HorizontalLayout postcodeRow = new HorizontalLayout(postcode, byPostcode);
        postcodeRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        postcodeRow.getStyle().set("flex-wrap", "wrap");

        PlacesMap map = new PlacesMap(tiles);
        map.setId("place-map-" + idea.getId());
        map.setWidthFull();
        map.setHeight("16rem");
        map.show(centre.map(c -> List.of(new PlacesMap.Centre(c, Translations.text("places.centreOf", ward.getName())))).orElse(List.of()),
                idea.getPlace().map(point -> List.of(new PlacesMap.Marker(point, idea.getTitle(), PlacesMap.Kind.IDEA, null))).orElse(List.of()));
        map.onPlacePicked(picked -> act(() -> {
            places.placeOnMap(idea.getId(), picked.latitude(), picked.longitude(), me);
            return Translations.text("ideas.place.placedOnMap");
        }, changed, null));
        Paragraph orClick = new Paragraph(Translations.text("ideas.place.orClick"));

        Div content = new Div(now, advice, postcodeRow, orClick, map);
        if (idea.getPlace().isPresent()) {
            Button off = new Button(Translations.text("ideas.place.takeOff"), click -> act(() -> {
                places.clearPlace(idea.getId(), me);
                return Translations.text("ideas.place.takenOff");
            }, changed, null));
            off.setId("place-clear-" + idea.getId());
            off.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            content.add(off);
        }
        add(content);
    }

    private interface Change {
        String run();
    }

    private static void act(Change change, Runnable changed, TextField field) {
        try {
            String message = change.run();
            Notification.show(message, 4000, Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.run();
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException e) {
            if (field != null) {
                // said under the field, where the resident is looking; nothing covers the form
                field.setErrorMessage(Translations.explain(e));
                field.setInvalid(true);
            } else {
                Notification.show(Translations.explain(e), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }
}
