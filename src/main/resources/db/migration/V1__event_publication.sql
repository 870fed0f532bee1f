-- Spring Modulith's durable event publication registry (JPA flavour).
CREATE TABLE event_publication (
    id               UUID PRIMARY KEY,
    listener_id      TEXT NOT NULL,
    event_type       TEXT NOT NULL,
    serialized_event TEXT NOT NULL,
    publication_date TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_incomplete ON event_publication (completion_date) WHERE completion_date IS NULL;
