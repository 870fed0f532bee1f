package org.communityjourneys.showcase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * One line a showcase conversation recorded (an asset, a need, an offer, a story): its own id, the
 * conversation it belongs to and its place in the conversation's list. Each kind has its table.
 */
@MappedSuperclass
public abstract class ConversationPart {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conversation_id")
    private ShowcaseConversation conversation;

    @Column(nullable = false)
    private int position;

    protected ConversationPart() {
    }

    protected ConversationPart(ShowcaseConversation conversation, int position) {
        this.id = UUID.randomUUID();
        this.conversation = conversation;
        this.position = position;
    }

    public UUID getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }
}
