package org.communityjourneys.showcase.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** Something people said they need, tagged with themes and the populations of the brief. */
@Entity
@Table(name = "showcase_need")
public class ShowcaseNeed extends ConversationPart {

    @Column(nullable = false)
    private String text;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "showcase_need_theme", joinColumns = @JoinColumn(name = "need_id"))
    @Column(name = "theme", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Theme> themes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "showcase_need_population", joinColumns = @JoinColumn(name = "need_id"))
    @Column(name = "population", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Population> populations = new HashSet<>();

    protected ShowcaseNeed() {
    }

    ShowcaseNeed(ShowcaseConversation conversation, int position, NeedNote need) {
        super(conversation, position);
        this.text = need.text().trim();
        this.themes.addAll(need.themes());
        this.populations.addAll(need.populations());
    }

    public String getText() {
        return text;
    }

    /** The themes, in the order of {@link Theme}. */
    public Set<Theme> getThemes() {
        return themes.isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(themes);
    }

    /** The populations, in the order of {@link Population}. */
    public Set<Population> getPopulations() {
        return populations.isEmpty() ? EnumSet.noneOf(Population.class) : EnumSet.copyOf(populations);
    }

    public NeedNote toNote() {
        return new NeedNote(text, themes, populations);
    }
}
