// Over 400 lines: one form for a conversation's assets, offers, needs and stories with their photos; the four part editors could become components (issue 15).
package org.communityjourneys.showcase.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.showcase.domain.AssetKind;
import org.communityjourneys.showcase.domain.AssetNote;
import org.communityjourneys.showcase.domain.ConversationProblem;
import org.communityjourneys.showcase.domain.ConversationRecord;
import org.communityjourneys.showcase.domain.NeedNote;
import org.communityjourneys.showcase.domain.PhotoUpload;
import org.communityjourneys.showcase.domain.ConversationRefused;
import org.communityjourneys.showcase.domain.StoryNote;
import org.communityjourneys.showcase.domain.StoryPhoto;
import org.communityjourneys.shared.ui.BritishDates;
import org.communityjourneys.shared.ui.Translations;
import org.communityjourneys.shared.ui.UploadTexts;

/**
 * The form for one showcase conversation: date, venue, attendance, and as many community assets,
 * offers, needs and stories as the facilitator wants to add. All text is shown as text: nothing
 * typed here is ever rendered as HTML.
 */
class ConversationEditor extends Section {

    private static final ZoneId COUNTY = ZoneId.of("Europe/London");

    final DatePicker heldOn = BritishDates.datePicker(getTranslation("showcase.editor.date"));
    final TextField venue = new TextField(getTranslation("showcase.editor.venue"));
    final IntegerField attendance = new IntegerField(getTranslation("showcase.editor.attendance"));
    final Div problems = new Div();

    private final long photoMaxBytes;
    private final List<AssetRow> assets = new ArrayList<>();
    private final List<TextField> offers = new ArrayList<>();
    private final List<NeedRow> needs = new ArrayList<>();
    private final List<StoryRow> stories = new ArrayList<>();
    private final Div assetList = new Div();
    private final Div offerList = new Div();
    private final Div needList = new Div();
    private final Div storyList = new Div();

    ConversationEditor(String heading, ConversationRecord existing, long photoMaxBytes) {
        this.photoMaxBytes = photoMaxBytes;
        setId("conversation-editor");
        addClassName("conversation-editor");

        heldOn.setId("conversation-date");
        heldOn.setMax(LocalDate.now(COUNTY));
        heldOn.setRequiredIndicatorVisible(true);
        heldOn.setHelperText(getTranslation("showcase.editor.dateHelper"));
        venue.setId("conversation-venue");
        venue.setMaxLength(ConversationRecord.VENUE_MAX);
        venue.setRequiredIndicatorVisible(true);
        venue.setHelperText(getTranslation("showcase.editor.venueHelper"));
        attendance.setId("conversation-attendance");
        attendance.setMin(0);
        attendance.setRequiredIndicatorVisible(true);
        for (HasValidation field : List.<HasValidation>of(heldOn, venue, attendance)) {
            field.setManualValidation(true);
        }

        problems.setId("conversation-problems");
        problems.addClassName("launch-problems");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);

        FormLayout basics = new FormLayout();
        basics.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 3));
        basics.add(heldOn, venue, attendance);

        Button addAsset = addButton("add-asset", getTranslation("showcase.editor.addAsset"), () -> {
            assets.add(new AssetRow(null));
            showAssets();
        });
        Button addOffer = addButton("add-offer", getTranslation("showcase.editor.addOffer"), () -> {
            offers.add(offerField(null));
            showOffers();
        });
        Button addNeed = addButton("add-need", getTranslation("showcase.editor.addNeed"), () -> {
            needs.add(new NeedRow(null));
            showNeeds();
        });
        Button addStory = addButton("add-story", getTranslation("showcase.editor.addStory"), () -> {
            stories.add(new StoryRow(null));
            showStories();
        });

        add(new H2(heading), problems, basics,
                new H3(getTranslation("showcase.assets")),
                new Paragraph(getTranslation("showcase.editor.assetsIntro")), assetList, addAsset,
                new H3(getTranslation("showcase.offers")), new Paragraph(getTranslation("showcase.editor.offersIntro")),
                offerList, addOffer,
                new H3(getTranslation("showcase.needs")), new Paragraph(getTranslation("showcase.editor.needsIntro")),
                needList, addNeed,
                new H3(getTranslation("showcase.stories")),
                new Paragraph(getTranslation("showcase.editor.storiesIntro", PhotoUpload.megabytes(photoMaxBytes))),
                storyList, addStory);

        if (existing != null) {
            heldOn.setValue(existing.heldOn());
            venue.setValue(existing.venue());
            attendance.setValue(existing.attendance());
            existing.assets().forEach(asset -> assets.add(new AssetRow(asset)));
            existing.offers().forEach(offer -> offers.add(offerField(offer)));
            existing.needs().forEach(need -> needs.add(new NeedRow(need)));
            existing.stories().forEach(story -> stories.add(new StoryRow(story)));
        }
        showAssets();
        showOffers();
        showNeeds();
        showStories();
    }

    /** What the form holds now, as a record for the service to check and save. */
    ConversationRecord record() {
        return new ConversationRecord(heldOn.getValue(), venue.getValue(), attendance.getValue(),
                assets.stream().map(row -> new AssetNote(row.kind.getValue(), row.name.getValue(), row.note.getValue())).toList(),
                offers.stream().map(TextField::getValue).toList(),
                needs.stream().map(row -> new NeedNote(row.text.getValue(), row.themes.getSelectedItems(),
                        row.populations.getSelectedItems())).toList(),
                stories.stream().map(StoryRow::note).toList());
    }

    /** Each of the service's problems under its field, and all of them listed above the form. */
    void showProblems(RuntimeException refused) {
        clearProblems();
        Locale language = Translations.current();
        List<String> found = new ArrayList<>();
        if (refused instanceof ConversationRefused input) {
            for (ConversationProblem problem : input.problems()) {
                String text = problem.in(language);
                found.add(text);
                switch (problem.field()) {
                    case DATE -> invalid(heldOn, text);
                    case VENUE -> invalid(venue, text);
                    case ATTENDANCE -> invalid(attendance, text);
                    case OTHER -> {
                        // listed above the form only
                    }
                }
            }
        } else {
            found.add(Translations.explain(refused));
        }
        UnorderedList list = new UnorderedList();
        found.forEach(problem -> list.add(new ListItem(problem)));
        problems.add(new Paragraph(getTranslation("showcase.editor.notSaved")), list);
        problems.setVisible(true);
    }

    void clearProblems() {
        for (HasValidation field : List.<HasValidation>of(heldOn, venue, attendance)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        problems.removeAll();
        problems.setVisible(false);
    }

    private static void invalid(HasValidation field, String problem) {
        field.setErrorMessage(problem);
        field.setInvalid(true);
    }

    // ------------------------------------------------------------------------------------ rows

    private void showAssets() {
        assetList.removeAll();
        for (int i = 0; i < assets.size(); i++) {
            AssetRow row = assets.get(i);
            row.number(i);
            assetList.add(row);
        }
    }

    private void showOffers() {
        offerList.removeAll();
        for (int i = 0; i < offers.size(); i++) {
            TextField offer = offers.get(i);
            offer.setId("offer-" + i);
            offer.setLabel(getTranslation("showcase.editor.offer", String.valueOf(i + 1)));
            Button remove = removeButton("offer-remove-" + i, getTranslation("showcase.editor.removeOffer", String.valueOf(i + 1)), () -> {
                offers.remove(offer);
                showOffers();
            });
            offerList.add(row(offer, remove));
        }
    }

    private void showNeeds() {
        needList.removeAll();
        for (int i = 0; i < needs.size(); i++) {
            NeedRow row = needs.get(i);
            row.number(i);
            needList.add(row);
        }
    }

    private void showStories() {
        storyList.removeAll();
        for (int i = 0; i < stories.size(); i++) {
            StoryRow row = stories.get(i);
            row.number(i);
            storyList.add(row);
        }
    }

    private TextField offerField(String value) {
        TextField offer = new TextField();
        offer.setMaxLength(ConversationRecord.NOTE_MAX);
        offer.setWidthFull();
        if (value != null) {
            offer.setValue(value);
        }
        return offer;
    }

    private static Div row(Component... parts) {
        Div row = new Div(parts);
        row.addClassName("showcase-row");
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");
        return row;
    }

    private static Button addButton(String id, String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private Button removeButton(String id, String label, Runnable action) {
        Button button = new Button(getTranslation("showcase.editor.remove"), click -> action.run());
        button.setId(id);
        button.getElement().setAttribute("aria-label", label);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return button;
    }

    private final class AssetRow extends Div {
        final ComboBox<AssetKind> kind = new ComboBox<>(getTranslation("showcase.editor.assetKind"));
        final TextField name = new TextField(getTranslation("showcase.editor.assetName"));
        final TextField note = new TextField(getTranslation("showcase.editor.assetNote"));
        private final Button remove;

        AssetRow(AssetNote existing) {
            kind.setItems(AssetKind.values());
            kind.setItemLabelGenerator(ConversationEditor::kindLabel);
            name.setMaxLength(ConversationRecord.NAME_MAX);
            note.setMaxLength(ConversationRecord.NOTE_MAX);
            if (existing != null) {
                kind.setValue(existing.kind());
                name.setValue(existing.name() == null ? "" : existing.name());
                note.setValue(existing.note() == null ? "" : existing.note());
            }
            remove = removeButton("asset-remove", getTranslation("showcase.editor.removeAsset"), () -> {
                assets.remove(this);
                showAssets();
            });
            add(row(kind, name, note, remove));
        }

        void number(int i) {
            kind.setId("asset-kind-" + i);
            name.setId("asset-name-" + i);
            note.setId("asset-note-" + i);
            remove.setId("asset-remove-" + i);
            remove.getElement().setAttribute("aria-label", getTranslation("showcase.editor.removeAssetNumber", String.valueOf(i + 1)));
        }
    }

    private final class NeedRow extends Div {
        final TextArea text = new TextArea();
        final MultiSelectComboBox<Theme> themes = new MultiSelectComboBox<>(getTranslation("showcase.editor.themes"));
        final MultiSelectComboBox<Population> populations = new MultiSelectComboBox<>(getTranslation("showcase.editor.populations"));
        private final Button remove;

        NeedRow(NeedNote existing) {
            text.setMaxLength(ConversationRecord.NOTE_MAX);
            text.setWidthFull();
            themes.setItems(Theme.values());
            themes.setItemLabelGenerator(ShowcaseView::themeLabel);
            populations.setItems(Population.values());
            populations.setItemLabelGenerator(ShowcaseView::populationLabel);
            if (existing != null) {
                text.setValue(existing.text() == null ? "" : existing.text());
                themes.select(existing.themes());
                populations.select(existing.populations());
            }
            remove = removeButton("need-remove", getTranslation("showcase.editor.removeNeed"), () -> {
                needs.remove(this);
                showNeeds();
            });
            add(text, row(themes, populations, remove));
        }

        void number(int i) {
            text.setId("need-" + i);
            text.setLabel(getTranslation("showcase.editor.need", String.valueOf(i + 1)));
            themes.setId("need-themes-" + i);
            populations.setId("need-populations-" + i);
            remove.setId("need-remove-" + i);
            remove.getElement().setAttribute("aria-label", getTranslation("showcase.editor.removeNeedNumber", String.valueOf(i + 1)));
        }
    }

    /** A story; its photo is held here until the conversation is saved. */
    final class StoryRow extends Div {
        final TextArea text = new TextArea();
        final Upload photo = new Upload();
        final TextField caption = new TextField(getTranslation("showcase.editor.caption"));
        final Span photoState = new Span();
        private final Button remove;
        private final Button removePhoto = new Button(getTranslation("showcase.editor.removePhoto"));
        private UUID keptPhotoId;
        private PhotoUpload newPhoto;

        StoryRow(StoryNote existing) {
            text.setMaxLength(ConversationRecord.STORY_MAX);
            text.setWidthFull();
            text.setHelperText(getTranslation("showcase.editor.storyHelper"));
            caption.setMaxLength(ConversationRecord.CAPTION_MAX);
            caption.setHelperText(getTranslation("showcase.editor.captionHelper"));
            photo.setMaxFiles(1);
            UploadTexts.apply(photo);
            photo.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, photoMaxBytes));
            photo.setAcceptedFileTypes(PhotoUpload.JPEG, PhotoUpload.PNG, PhotoUpload.WEBP, ".jpg", ".jpeg", ".png", ".webp");
            photo.setUploadHandler(event -> {
                // read one byte more than allowed: enough to know it is too large, never more
                byte[] bytes = event.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, photoMaxBytes + 1));
                String fileName = event.getFileName();
                event.getUI().access(() -> received(new PhotoUpload(fileName, bytes)));
            });
            // the browser refuses files over the size or of another type before they are sent
            photo.addFileRejectedListener(rejected -> refuse(getTranslation("showcase.editor.photoRejected",
                    rejected.getFileName(), PhotoUpload.megabytes(photoMaxBytes))));
            removePhoto.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            removePhoto.addClickListener(click -> {
                keptPhotoId = null;
                newPhoto = null;
                showPhoto();
            });
            photoState.getElement().setAttribute("aria-live", "polite");
            if (existing != null) {
                text.setValue(existing.text() == null ? "" : existing.text());
                caption.setValue(existing.photoCaption() == null ? "" : existing.photoCaption());
                keptPhotoId = existing.keptPhotoId();
                newPhoto = existing.newPhoto();
            }
            remove = removeButton("story-remove", getTranslation("showcase.editor.removeStory"), () -> {
                stories.remove(this);
                showStories();
            });
            add(text, photo, photoState, caption, row(removePhoto, remove));
            showPhoto();
        }

        void number(int i) {
            text.setId("story-" + i);
            text.setLabel(getTranslation("showcase.editor.story", String.valueOf(i + 1)));
            photo.setId("story-photo-" + i);
            caption.setId("story-caption-" + i);
            photoState.setId("story-photo-state-" + i);
            removePhoto.setId("story-remove-photo-" + i);
            remove.setId("story-remove-" + i);
            remove.getElement().setAttribute("aria-label", getTranslation("showcase.editor.removeStoryNumber", String.valueOf(i + 1)));
        }

        void received(PhotoUpload upload) {
            var problem = upload.problemWording(photoMaxBytes);
            photo.clearFileList();
            if (problem.isPresent()) {
                refuse(problem.get().in(Translations.current()));
                return;
            }
            newPhoto = upload;
            keptPhotoId = null;
            showPhoto();
        }

        private void refuse(String problem) {
            photoState.setText(getTranslation("showcase.editor.photoNotAdded", problem));
            photoState.getStyle().set("color", "var(--lumo-error-text-color)");
        }

        private void showPhoto() {
            photoState.getStyle().remove("color");
            removePhoto.setVisible(keptPhotoId != null || newPhoto != null);
            if (newPhoto != null) {
                photoState.setText(getTranslation("showcase.editor.photoReady", newPhoto.fileName()));
            } else if (keptPhotoId != null) {
                photoState.removeAll();
                photoState.setText("");
                Image current = new Image(StoryPhoto.publicPath(keptPhotoId).substring(1),
                        caption.getValue().isBlank() ? getTranslation("showcase.editor.photoAlt") : caption.getValue());
                current.setMaxWidth("12em");
                photoState.add(new Span(getTranslation("showcase.editor.currentPhoto")), current);
            } else {
                photoState.setText(getTranslation("showcase.editor.noPhoto"));
            }
        }

        StoryNote note() {
            return new StoryNote(text.getValue(), caption.getValue(), keptPhotoId, newPhoto);
        }
    }

    static String kindLabel(AssetKind kind) {
        return Translations.label("showcase.assetKind", kind, kind.label());
    }

    List<StoryRow> storyRows() {
        return List.copyOf(stories);
    }
}
