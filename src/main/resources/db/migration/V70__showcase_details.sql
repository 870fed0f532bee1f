-- Showcase conversations in detail: community assets, offers, needs tagged with themes and
-- populations, and stories with an optional photo. The free-text columns of V5 are carried over
-- into the new tables (one item each) and then dropped.

CREATE TABLE showcase_asset (
    id              UUID PRIMARY KEY,
    conversation_id UUID NOT NULL REFERENCES showcase_conversation (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    kind            VARCHAR(20) NOT NULL CHECK (kind IN ('PLACE', 'GROUP', 'SKILL', 'SERVICE')),
    name            VARCHAR(200) NOT NULL,
    note            VARCHAR(1000)
);
CREATE INDEX showcase_asset_by_conversation ON showcase_asset (conversation_id);

CREATE TABLE showcase_offer (
    id              UUID PRIMARY KEY,
    conversation_id UUID NOT NULL REFERENCES showcase_conversation (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    text            VARCHAR(1000) NOT NULL
);
CREATE INDEX showcase_offer_by_conversation ON showcase_offer (conversation_id);

CREATE TABLE showcase_need (
    id              UUID PRIMARY KEY,
    conversation_id UUID NOT NULL REFERENCES showcase_conversation (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    text            VARCHAR(1000) NOT NULL
);
CREATE INDEX showcase_need_by_conversation ON showcase_need (conversation_id);

CREATE TABLE showcase_need_theme (
    need_id UUID NOT NULL REFERENCES showcase_need (id) ON DELETE CASCADE,
    theme   VARCHAR(40) NOT NULL,
    PRIMARY KEY (need_id, theme)
);

CREATE TABLE showcase_need_population (
    need_id    UUID NOT NULL REFERENCES showcase_need (id) ON DELETE CASCADE,
    population VARCHAR(40) NOT NULL,
    PRIMARY KEY (need_id, population)
);

-- Photos live in the database (bytea) rather than in the data folder: several app nodes share one
-- database in production, backups of the database then hold everything, and a refused save rolls
-- the photo back with the rest of the conversation.
CREATE TABLE showcase_photo (
    id           UUID PRIMARY KEY,
    content_type VARCHAR(20) NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    size_bytes   INTEGER NOT NULL CHECK (size_bytes > 0),
    bytes        BYTEA NOT NULL,
    stored_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE showcase_story (
    id              UUID PRIMARY KEY,
    conversation_id UUID NOT NULL REFERENCES showcase_conversation (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    text            VARCHAR(4000) NOT NULL,
    photo_id        UUID REFERENCES showcase_photo (id),
    photo_caption   VARCHAR(300),
    CHECK (photo_id IS NULL OR photo_caption IS NOT NULL)
);
CREATE INDEX showcase_story_by_conversation ON showcase_story (conversation_id);

ALTER TABLE showcase_conversation ADD COLUMN updated_by VARCHAR(254);
ALTER TABLE showcase_conversation ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;

INSERT INTO showcase_asset (id, conversation_id, position, kind, name, note)
SELECT gen_random_uuid(), id, 0, 'PLACE', left(trim(assets), 200),
       CASE WHEN length(trim(assets)) > 200 THEN left(trim(assets), 1000) END
FROM showcase_conversation WHERE assets IS NOT NULL AND trim(assets) <> '';

INSERT INTO showcase_offer (id, conversation_id, position, text)
SELECT gen_random_uuid(), id, 0, left(trim(offers), 1000)
FROM showcase_conversation WHERE offers IS NOT NULL AND trim(offers) <> '';

INSERT INTO showcase_need (id, conversation_id, position, text)
SELECT gen_random_uuid(), id, 0, left(trim(needs), 1000)
FROM showcase_conversation WHERE needs IS NOT NULL AND trim(needs) <> '';

INSERT INTO showcase_story (id, conversation_id, position, text)
SELECT gen_random_uuid(), id, 0, left(trim(stories), 4000)
FROM showcase_conversation WHERE stories IS NOT NULL AND trim(stories) <> '';

ALTER TABLE showcase_conversation DROP COLUMN assets;
ALTER TABLE showcase_conversation DROP COLUMN offers;
ALTER TABLE showcase_conversation DROP COLUMN needs;
ALTER TABLE showcase_conversation DROP COLUMN stories;
