CREATE TABLE audit_entry (
    id           BIGSERIAL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(254) NOT NULL,
    action       VARCHAR(60) NOT NULL,
    subject_type VARCHAR(40) NOT NULL,
    subject_id   VARCHAR(64) NOT NULL,
    detail       TEXT
);
CREATE INDEX audit_entry_by_subject ON audit_entry (subject_type, subject_id);
CREATE INDEX audit_entry_by_time ON audit_entry (occurred_at DESC);
