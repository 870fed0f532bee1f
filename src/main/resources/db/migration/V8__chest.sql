CREATE TABLE fund (
    id                    UUID PRIMARY KEY,
    name                  VARCHAR(120) NOT NULL UNIQUE,
    funder                VARCHAR(120) NOT NULL,
    funder_kind           VARCHAR(30) NOT NULL,
    distribution_deadline DATE NOT NULL,
    max_grant_pence       BIGINT NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Immutable: rows are only ever inserted. Balances are sums of entries, in pence.
CREATE TABLE ledger_entry (
    id              BIGSERIAL PRIMARY KEY,
    fund_id         UUID NOT NULL REFERENCES fund (id),
    kind            VARCHAR(20) NOT NULL CHECK (kind IN ('CONTRIBUTION', 'RESERVATION', 'RELEASE', 'PAYMENT', 'REFUND')),
    amount_pence    BIGINT NOT NULL CHECK (amount_pence > 0),
    journey_id      UUID REFERENCES journey (id),
    grant_id        UUID,
    reference       VARCHAR(200),
    idempotency_key VARCHAR(200) UNIQUE,
    recorded_by     VARCHAR(254) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ledger_entry_by_fund ON ledger_entry (fund_id);
CREATE INDEX ledger_entry_by_journey ON ledger_entry (journey_id);

CREATE TABLE chest_grant (
    id                  UUID PRIMARY KEY,
    journey_id          UUID NOT NULL REFERENCES journey (id),
    idea_id             UUID NOT NULL REFERENCES idea (id),
    fund_id             UUID NOT NULL REFERENCES fund (id),
    title               VARCHAR(150) NOT NULL,
    amount_pence        BIGINT NOT NULL CHECK (amount_pence > 0),
    organisation        VARCHAR(200),
    contact             VARCHAR(254),
    summary             TEXT,
    vulnerable_people   BOOLEAN NOT NULL DEFAULT FALSE,
    first_time_group    BOOLEAN NOT NULL DEFAULT FALSE,
    route               VARCHAR(30),
    status              VARCHAR(20) NOT NULL,
    decision_reason     VARCHAR(1000),
    decided_by          VARCHAR(254),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT NOT NULL DEFAULT 0,
    UNIQUE (journey_id, idea_id)
);
