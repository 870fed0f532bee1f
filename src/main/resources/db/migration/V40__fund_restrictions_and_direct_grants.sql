-- What a fund may be spent on. An empty list means "no restriction".
CREATE TABLE fund_theme (
    fund_id UUID NOT NULL REFERENCES fund (id),
    theme   VARCHAR(60) NOT NULL,
    PRIMARY KEY (fund_id, theme)
);
CREATE TABLE fund_ward (
    fund_id   UUID NOT NULL REFERENCES fund (id),
    ward_code VARCHAR(20) NOT NULL,
    PRIMARY KEY (fund_id, ward_code)
);
CREATE TABLE fund_band (
    fund_id UUID NOT NULL REFERENCES fund (id),
    band    VARCHAR(20) NOT NULL CHECK (band IN ('UP_TO_1000', 'FROM_1000_TO_20000', 'OVER_20000')),
    PRIMARY KEY (fund_id, band)
);

-- Grants drawn straight from a fund, without a journey or a vote: hub start-up grants and the
-- small-grants fast track. Approval reserves the amount in the ledger (grant_id = this id).
CREATE TABLE direct_grant (
    id              UUID PRIMARY KEY,
    fund_id         UUID NOT NULL REFERENCES fund (id),
    programme       VARCHAR(20) NOT NULL CHECK (programme IN ('HUB_STARTUP', 'FAST_TRACK')),
    organisation    VARCHAR(200) NOT NULL,
    contact         VARCHAR(254) NOT NULL,
    purpose         VARCHAR(2000) NOT NULL,
    amount_pence    BIGINT NOT NULL CHECK (amount_pence > 0),
    status          VARCHAR(20) NOT NULL,
    decision_reason VARCHAR(1000),
    decided_by      VARCHAR(254),
    applied_by      VARCHAR(254) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);

-- The database's own guard, behind the application's row lock: every ledger insert locks its
-- fund row and is refused if it would take the fund's available or reserved money below zero.
-- Ledger entries are immutable: updates and deletes are refused.
CREATE FUNCTION ledger_entry_keeps_fund_whole() RETURNS trigger AS $$
DECLARE
    contributed BIGINT;
    reserved    BIGINT;
    released    BIGINT;
    paid        BIGINT;
    refunded    BIGINT;
BEGIN
    PERFORM 1 FROM fund WHERE id = NEW.fund_id FOR UPDATE;
    SELECT coalesce(sum(amount_pence) FILTER (WHERE kind = 'CONTRIBUTION'), 0),
           coalesce(sum(amount_pence) FILTER (WHERE kind = 'RESERVATION'), 0),
           coalesce(sum(amount_pence) FILTER (WHERE kind = 'RELEASE'), 0),
           coalesce(sum(amount_pence) FILTER (WHERE kind = 'PAYMENT'), 0),
           coalesce(sum(amount_pence) FILTER (WHERE kind = 'REFUND'), 0)
      INTO contributed, reserved, released, paid, refunded
      FROM ledger_entry WHERE fund_id = NEW.fund_id;
    CASE NEW.kind
        WHEN 'CONTRIBUTION' THEN contributed := contributed + NEW.amount_pence;
        WHEN 'RESERVATION' THEN reserved := reserved + NEW.amount_pence;
        WHEN 'RELEASE' THEN released := released + NEW.amount_pence;
        WHEN 'PAYMENT' THEN paid := paid + NEW.amount_pence;
        WHEN 'REFUND' THEN refunded := refunded + NEW.amount_pence;
    END CASE;
    IF contributed - reserved + released + refunded < 0 THEN
        RAISE EXCEPTION 'Ledger entry refused: fund % would be overspent', NEW.fund_id USING ERRCODE = 'check_violation';
    END IF;
    IF reserved - released - paid < 0 THEN
        RAISE EXCEPTION 'Ledger entry refused: fund % would pay or release more than it reserved', NEW.fund_id USING ERRCODE = 'check_violation';
    END IF;
    IF paid - refunded < 0 THEN
        RAISE EXCEPTION 'Ledger entry refused: fund % would refund more than it paid', NEW.fund_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ledger_entry_keeps_fund_whole BEFORE INSERT ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_keeps_fund_whole();

CREATE FUNCTION ledger_entry_is_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'Ledger entries are immutable: record a new entry instead' USING ERRCODE = 'check_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ledger_entry_is_immutable BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_is_immutable();
