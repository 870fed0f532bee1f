package org.communityjourneys.studio.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.studio.domain.ModelChange;
import org.communityjourneys.studio.domain.ModelChange.Change;
import org.communityjourneys.studio.domain.ModelKind;
import org.springframework.stereotype.Service;

/**
 * Compares a draft with a deployed version: the elements (BPMN/DMN elements with an id, form
 * fields) added, removed and changed, and for a change which attributes or parts differ (e.g.
 * {@code camunda:candidateGroups}, {@code conditionExpression}). Only real changes count: an
 * editor's round-trip (defaults written or dropped, prefixes, order, whitespace) is none, see
 * {@link ModelParts}. An element only moved or resized in the diagram is listed last, as
 * {@link Change#LAYOUT} ("layout only").
 */
@Service
public class ModelDiff {

    private final ModelLibrary library;
    private final StudioAccess access;

    ModelDiff(ModelLibrary library, StudioAccess access) {
        this.library = library;
        this.access = access;
    }

    /** The draft against the latest deployed version (everything is added when nothing is deployed yet). */
    public List<ModelChange> againstDeployed(ModelKind kind, String key, String draft) {
        access.requireGovernanceLead();
        ModelDrafts.requireKey(kind, key);
        String deployed = library.latest(kind, key).map(stored -> library.file(stored).text()).orElse(null);
        return compare(kind, deployed, draft);
    }

    /** The differences between two versions of a model. */
    public List<ModelChange> between(ModelKind kind, String before, String after) {
        access.requireGovernanceLead();
        return compare(kind, before, after);
    }

    /** Whether two versions are the same in meaning and layout (an editor's round-trip is; a moved shape is not). */
    static boolean same(ModelKind kind, String before, String after) {
        return before != null && compare(kind, before, after).isEmpty();
    }

    /**
     * The real changes: parts added, removed or changed in what they mean (see {@link ModelParts}
     * for what does not count), then parts only drawn differently, as {@link Change#LAYOUT}.
     */
    static List<ModelChange> compare(ModelKind kind, String before, String after) {
        if (after == null || after.isBlank()) {
            throw Refused.input("studio.diff.empty");
        }
        ModelParts.Parts old = before == null ? new ModelParts.Parts(Map.of(), Map.of()) : ModelParts.of(kind, before);
        ModelParts.Parts current = ModelParts.of(kind, after);
        List<ModelChange> changes = new ArrayList<>();
        Set<String> touched = new LinkedHashSet<>();
        for (ModelParts.Part part : current.business().values()) {
            ModelParts.Part was = old.business().get(part.id());
            if (was == null) {
                changes.add(new ModelChange(part.id(), part.name(), part.type(), Change.ADDED, List.of()));
                touched.add(part.id());
            } else {
                Set<String> differ = new LinkedHashSet<>();
                Set<String> names = new TreeSet<>(was.values().keySet());
                names.addAll(part.values().keySet());
                for (String name : names) {
                    if (!Objects.equals(was.values().get(name), part.values().get(name))) {
                        differ.add(name);
                    }
                }
                if (!was.type().equals(part.type())) {
                    differ.add("type");
                }
                if (!differ.isEmpty()) {
                    changes.add(new ModelChange(part.id(), part.name(), part.type(), Change.CHANGED, List.copyOf(differ)));
                    touched.add(part.id());
                }
            }
        }
        for (ModelParts.Part part : old.business().values()) {
            if (!current.business().containsKey(part.id())) {
                changes.add(new ModelChange(part.id(), part.name(), part.type(), Change.REMOVED, List.of()));
                touched.add(part.id());
            }
        }
        Set<String> drawn = new TreeSet<>(old.layout().keySet());
        drawn.addAll(current.layout().keySet());
        for (String id : drawn) {
            if (!touched.contains(id) && !Objects.equals(old.layout().get(id), current.layout().get(id))) {
                ModelParts.Part part = current.business().getOrDefault(id, old.business().get(id));
                changes.add(new ModelChange(id, part == null ? null : part.name(), part == null ? "diagram" : part.type(),
                        Change.LAYOUT, List.of("layout")));
            }
        }
        return changes;
    }
}
