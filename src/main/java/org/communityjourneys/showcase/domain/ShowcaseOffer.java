package org.communityjourneys.showcase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Something people at a showcase conversation offered to do or share. */
@Entity
@Table(name = "showcase_offer")
public class ShowcaseOffer extends ConversationPart {

    @Column(nullable = false)
    private String text;

    protected ShowcaseOffer() {
    }

    ShowcaseOffer(ShowcaseConversation conversation, int position, String text) {
        super(conversation, position);
        this.text = text.trim();
    }

    public String getText() {
        return text;
    }
}
