package org.communityjourneys.forms.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.shared.ui.Translations;

/**
 * Turns a form-js schema (the JSON of a {@code forms/*.form} file) into Vaadin components.
 * Supported: textfield, textarea, number, checkbox, checklist, select, radio, datetime, taglist,
 * text, plus group, separator and spacer for layout; other types are shown as an
 * "unsupported field" note. Validation follows the schema's {@code validate} rules.
 */
public class FormRenderer {

    /** Buttons are left out: the task screen has its own Complete button. */
    private static final Set<String> SILENT = Set.of("button", "spacer");

    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;

    public FormRenderer() {
        this(Clock.systemDefaultZone());
    }

    public FormRenderer(Clock clock) {
        this.clock = clock;
    }

    public RenderedForm render(String formJson) {
        return render(formJson, Map.of());
    }

    /**
     * @param variables existing process variables; a field whose key matches one shows its value
     *     instead of the form's default. Also the source of {@code valuesKey} options.
     * @throws IllegalArgumentException when the JSON is not a form-js schema
     */
    public RenderedForm render(String formJson, Map<String, Object> variables) {
        JsonNode schema;
        try {
            schema = json.readTree(formJson == null ? "" : formJson);
        } catch (JsonProcessingException unreadable) {
            throw Refused.input("forms.notJson");
        }
        if (schema == null || !schema.path("components").isArray()) {
            throw Refused.input("forms.noComponents");
        }
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        List<FormField> fields = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        addComponents(schema.path("components"), layout, fields, unsupported, variables == null ? Map.of() : variables);
        return new RenderedForm(schema.path("id").asText(""), layout, fields, unsupported);
    }

    private void addComponents(JsonNode components, VerticalLayout layout, List<FormField> fields,
            List<String> unsupported, Map<String, Object> variables) {
        for (JsonNode definition : components) {
            String type = definition.path("type").asText("");
            if (SILENT.contains(type)) {
                continue;
            }
            switch (type) {
                case "text" -> layout.add(FormText.of(definition.path("text").asText("")));
                case "separator" -> layout.add(new Hr());
                case "group" -> {
                    String label = definition.path("label").asText("");
                    if (!label.isBlank()) {
                        layout.add(new H4(label));
                    }
                    addComponents(definition.path("components"), layout, fields, unsupported, variables);
                }
                default -> {
                    FormField field = fieldFor(type, definition, variables);
                    if (field == null) {
                        unsupported.add(type);
                        layout.add(unsupportedNote(type, definition));
                    } else if (field.key().isBlank()) {
                        unsupported.add(type);
                        layout.add(note(Translations.text("forms.noKey", field.label())));
                    } else {
                        prefill(field, definition, variables);
                        fields.add(field);
                        layout.add(field.component());
                    }
                }
            }
        }
    }

    private FormField fieldFor(String type, JsonNode definition, Map<String, Object> variables) {
        return switch (type) {
            case "textfield" -> new TextInput(definition, false);
            case "textarea" -> new TextInput(definition, true);
            case "number" -> new NumberInput(definition);
            case "checkbox" -> new CheckboxInput(definition);
            case "checklist" -> new MultiChoiceInput(definition, variables, false);
            case "taglist" -> new MultiChoiceInput(definition, variables, true);
            case "select" -> new ChoiceInput(definition, variables, false);
            case "radio" -> new ChoiceInput(definition, variables, true);
            case "datetime" -> new DateTimeInput(definition, clock);
            default -> null;
        };
    }

    private static void prefill(FormField field, JsonNode definition, Map<String, Object> variables) {
        if (variables.containsKey(field.key()) && variables.get(field.key()) != null) {
            field.prefill(variables.get(field.key()));
        } else if (definition.has("defaultValue")) {
            field.applyDefault(definition.path("defaultValue"));
        }
    }

    private static Span unsupportedNote(String type, JsonNode definition) {
        String name = FormField.labelOf(definition);
        String shown = type.isBlank() ? "?" : type;
        return note(name.isBlank() ? Translations.text("forms.unsupported", shown)
                : Translations.text("forms.unsupportedNamed", shown, name));
    }

    private static Span note(String text) {
        Span note = new Span(text);
        note.addClassName("form-unsupported");
        note.getElement().getThemeList().add("badge error");
        return note;
    }
}
