package org.communityjourneys.showcase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A place, group, skill or service a showcase conversation found in the ward. */
@Entity
@Table(name = "showcase_asset")
public class CommunityAsset extends ConversationPart {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssetKind kind;

    @Column(nullable = false)
    private String name;

    private String note;

    protected CommunityAsset() {
    }

    CommunityAsset(ShowcaseConversation conversation, int position, AssetNote asset) {
        super(conversation, position);
        this.kind = asset.kind();
        this.name = asset.name().trim();
        this.note = ShowcaseConversation.trimmedOrNull(asset.note());
    }

    public AssetKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getNote() {
        return note;
    }

    public AssetNote toNote() {
        return new AssetNote(kind, name, note);
    }
}
