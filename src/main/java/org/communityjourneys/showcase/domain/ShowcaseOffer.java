package org.communityjourneys.showcase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** Something people at a showcase conversation offered to do or share. */
@Entity
@Table(name = "showcase_offer")
public class ShowcaseOffer {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conversation_id")
    private ShowcaseConversation conversation;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String text;

    protected ShowcaseOffer() {
    }

    ShowcaseOffer(ShowcaseConversation conversation, int position, String text) {
        this.id = UUID.randomUUID();
        this.conversation = conversation;
        this.position = position;
        this.text = text.trim();
    }

    public String getText() {
        return text;
    }
}
