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
import org.communityjourneys.showcase.domain.ConversationRecord;
import org.communityjourneys.showcase.domain.NeedNote;
import org.communityjourneys.showcase.domain.PhotoUpload;
import org.communityjourneys.showcase.domain.StoryNote;
import org.communityjourneys.showcase.domain.StoryPhoto;
import org.communityjourneys.shared.ui.BritishDates;

/**
 * The form for one showcase conversation: date, venue, attendance, and as many community assets,
 * offers, needs and stories as the facilitator wants to add. All text is shown as text: nothing
 * typed here is ever rendered as HTML.
 */
class ConversationEditor extends Section {

    private static final ZoneId COUNTY = ZoneId.of("Europe/London");

    final DatePicker heldOn = BritishDates.datePicker("Date held");
    final TextField venue = new TextField("Venue");
    final IntegerField attendance = new IntegerField("How many people took part");
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
        heldOn.setHelperText("Today or earlier.");
        venue.setId("conversation-venue");
        venue.setMaxLength(ConversationRecord.VENUE_MAX);
        venue.setRequiredIndicatorVisible(true);
        venue.setHelperText("A place, e.g. \"Leominster library\". Not a home address.");
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

        Button addAsset = addButton("add-asset", "Add a community asset", () -> {
            assets.add(new AssetRow(null));
            showAssets();
        });
        Button addOffer = addButton("add-offer", "Add an offer", () -> {
            offers.add(offerField(null));
            showOffers();
        });
        Button addNeed = addButton("add-need", "Add a need", () -> {
            needs.add(new NeedRow(null));
            showNeeds();
        });
        Button addStory = addButton("add-story", "Add a story", () -> {
            stories.add(new StoryRow(null));
            showStories();
        });

        add(new H2(heading), problems, basics,
                new H3("Community assets"),
                new Paragraph("Places, groups, skills and services the ward already has."), assetList, addAsset,
                new H3("Offers"), new Paragraph("What people said they could offer or share."), offerList, addOffer,
                new H3("Needs"), new Paragraph("What people want to tackle together. Tag each need with the themes "
                        + "and populations it concerns, so the ward page can group them."), needList, addNeed,
                new H3("Stories"), new Paragraph("Stories of co-design and action. A photo is optional: JPEG, PNG or "
                        + "WebP, at most " + PhotoUpload.megabytes(photoMaxBytes) + ", with a caption describing it."),
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

    void showProblems(String message) {
        clearProblems();
        List<String> found = new ArrayList<>();
        for (String sentence : message.split("(?<=\\.) (?=[A-Z])")) {
            found.add(sentence);
        }
        for (String problem : found) {
            String text = problem.toLowerCase(Locale.UK);
            if (text.startsWith("say when") || text.contains("date")) {
                invalid(heldOn, problem);
            } else if (text.startsWith("say where") || text.contains("venue")) {
                invalid(venue, problem);
            } else if (text.contains("attendance") || text.contains("took part")) {
                invalid(attendance, problem);
            }
        }
        UnorderedList list = new UnorderedList();
        found.forEach(problem -> list.add(new ListItem(problem)));
        problems.add(new Paragraph("The conversation was not saved. Please fix:"), list);
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
            offer.setLabel("Offer " + (i + 1));
            Button remove = removeButton("offer-remove-" + i, "Remove offer " + (i + 1), () -> {
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

    private static Button removeButton(String id, String label, Runnable action) {
        Button button = new Button("Remove", click -> action.run());
        button.setId(id);
        button.getElement().setAttribute("aria-label", label);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return button;
    }

    private final class AssetRow extends Div {
        final ComboBox<AssetKind> kind = new ComboBox<>("Kind");
        final TextField name = new TextField("Name");
        final TextField note = new TextField("Note (optional)");
        private final Button remove;

        AssetRow(AssetNote existing) {
            kind.setItems(AssetKind.values());
            kind.setItemLabelGenerator(AssetKind::label);
            name.setMaxLength(ConversationRecord.NAME_MAX);
            note.setMaxLength(ConversationRecord.NOTE_MAX);
            if (existing != null) {
                kind.setValue(existing.kind());
                name.setValue(existing.name() == null ? "" : existing.name());
                note.setValue(existing.note() == null ? "" : existing.note());
            }
            remove = removeButton("asset-remove", "Remove asset", () -> {
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
            remove.getElement().setAttribute("aria-label", "Remove community asset " + (i + 1));
        }
    }

    private final class NeedRow extends Div {
        final TextArea text = new TextArea();
        final MultiSelectComboBox<Theme> themes = new MultiSelectComboBox<>("Themes");
        final MultiSelectComboBox<Population> populations = new MultiSelectComboBox<>("Populations");
        private final Button remove;

        NeedRow(NeedNote existing) {
            text.setMaxLength(ConversationRecord.NOTE_MAX);
            text.setWidthFull();
            themes.setItems(Theme.values());
            themes.setItemLabelGenerator(Theme::label);
            populations.setItems(Population.values());
            populations.setItemLabelGenerator(Population::label);
            if (existing != null) {
                text.setValue(existing.text() == null ? "" : existing.text());
                themes.select(existing.themes());
                populations.select(existing.populations());
            }
            remove = removeButton("need-remove", "Remove need", () -> {
                needs.remove(this);
                showNeeds();
            });
            add(text, row(themes, populations, remove));
        }

        void number(int i) {
            text.setId("need-" + i);
            text.setLabel("Need " + (i + 1));
            themes.setId("need-themes-" + i);
            populations.setId("need-populations-" + i);
            remove.setId("need-remove-" + i);
            remove.getElement().setAttribute("aria-label", "Remove need " + (i + 1));
        }
    }

    /** A story; its photo is held here until the conversation is saved. */
    final class StoryRow extends Div {
        final TextArea text = new TextArea();
        final Upload photo = new Upload();
        final TextField caption = new TextField("Photo caption");
        final Span photoState = new Span();
        private final Button remove;
        private final Button removePhoto = new Button("Remove photo");
        private UUID keptPhotoId;
        private PhotoUpload newPhoto;

        StoryRow(StoryNote existing) {
            text.setMaxLength(ConversationRecord.STORY_MAX);
            text.setWidthFull();
            text.setHelperText("No names of residents unless they agreed to be named.");
            caption.setMaxLength(ConversationRecord.CAPTION_MAX);
            caption.setHelperText("Describes the photo for people who cannot see it.");
            photo.setMaxFiles(1);
            photo.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, photoMaxBytes));
            photo.setAcceptedFileTypes(PhotoUpload.JPEG, PhotoUpload.PNG, PhotoUpload.WEBP, ".jpg", ".jpeg", ".png", ".webp");
            photo.setUploadHandler(event -> {
                // read one byte more than allowed: enough to know it is too large, never more
                byte[] bytes = event.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, photoMaxBytes + 1));
                String fileName = event.getFileName();
                event.getUI().access(() -> received(new PhotoUpload(fileName, bytes)));
            });
            // the browser refuses files over the size or of another type before they are sent
            photo.addFileRejectedListener(rejected -> refuse("The photo \u201c" + rejected.getFileName()
                    + "\u201d cannot be added: photos must be JPEG, PNG or WebP images of at most "
                    + PhotoUpload.megabytes(photoMaxBytes) + "."));
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
            remove = removeButton("story-remove", "Remove story", () -> {
                stories.remove(this);
                showStories();
            });
            add(text, photo, photoState, caption, row(removePhoto, remove));
            showPhoto();
        }

        void number(int i) {
            text.setId("story-" + i);
            text.setLabel("Story " + (i + 1));
            photo.setId("story-photo-" + i);
            caption.setId("story-caption-" + i);
            photoState.setId("story-photo-state-" + i);
            removePhoto.setId("story-remove-photo-" + i);
            remove.setId("story-remove-" + i);
            remove.getElement().setAttribute("aria-label", "Remove story " + (i + 1));
        }

        void received(PhotoUpload upload) {
            var problem = upload.problem(photoMaxBytes);
            photo.clearFileList();
            if (problem.isPresent()) {
                refuse(problem.get());
                return;
            }
            newPhoto = upload;
            keptPhotoId = null;
            showPhoto();
        }

        private void refuse(String problem) {
            photoState.setText(problem + " The photo was not added.");
            photoState.getStyle().set("color", "var(--lumo-error-text-color)");
        }

        private void showPhoto() {
            photoState.getStyle().remove("color");
            removePhoto.setVisible(keptPhotoId != null || newPhoto != null);
            if (newPhoto != null) {
                photoState.setText("New photo ready: " + newPhoto.fileName() + " (saved with the conversation).");
            } else if (keptPhotoId != null) {
                photoState.removeAll();
                photoState.setText("");
                Image current = new Image(StoryPhoto.publicPath(keptPhotoId).substring(1),
                        caption.getValue().isBlank() ? "Photo of the story" : caption.getValue());
                current.setMaxWidth("12em");
                photoState.add(new Span("Current photo: "), current);
            } else {
                photoState.setText("No photo.");
            }
        }

        StoryNote note() {
            return new StoryNote(text.getValue(), caption.getValue(), keptPhotoId, newPhoto);
        }
    }

    List<StoryRow> storyRows() {
        return List.copyOf(stories);
    }
}
