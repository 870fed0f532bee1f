package org.communityjourneys.showcase.domain;

import java.util.Set;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;

/** Something people said they need, tagged with the themes and populations it concerns. */
public record NeedNote(String text, Set<Theme> themes, Set<Population> populations) {

    public NeedNote {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        populations = populations == null ? Set.of() : Set.copyOf(populations);
    }
}
