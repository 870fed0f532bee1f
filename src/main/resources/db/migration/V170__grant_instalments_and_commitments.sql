-- Money a finance officer can rely on (issue 13).
--
-- What residents voted for: a grant remembers the winning idea's voted cost; the application may
-- not ask more, and a different approved amount is a recorded decision of the panel chair or the
-- board, with its reason, which the project page shows.
ALTER TABLE chest_grant ADD COLUMN voted_pence BIGINT;
UPDATE chest_grant SET voted_pence = idea.estimated_cost_pence FROM idea WHERE idea.id = chest_grant.idea_id;
UPDATE chest_grant SET voted_pence = amount_pence WHERE voted_pence IS NULL;
ALTER TABLE chest_grant ALTER COLUMN voted_pence SET NOT NULL;
ALTER TABLE chest_grant ADD COLUMN amount_change_reason VARCHAR(2000);
ALTER TABLE chest_grant ADD CONSTRAINT chest_grant_amount_change_explained CHECK (
    status IN ('OPEN', 'APPLIED', 'ROUTED', 'DECLINED', 'WITHDRAWN')
    OR amount_pence <= voted_pence OR amount_change_reason IS NOT NULL);

-- Instalments: a grant part paid is PART_PAID until the approved amount is paid in full.
ALTER TABLE chest_grant DROP CONSTRAINT chest_grant_status_known;
ALTER TABLE chest_grant ADD CONSTRAINT chest_grant_status_known CHECK (status IN
    ('OPEN', 'APPLIED', 'ROUTED', 'APPROVED', 'DECLINED', 'AGREED', 'WITHDRAWN', 'PART_PAID', 'PAID', 'REPORTED'));
ALTER TABLE chest_grant DROP CONSTRAINT chest_grant_decided_before_money;
ALTER TABLE chest_grant ADD CONSTRAINT chest_grant_decided_before_money CHECK (status NOT IN
    ('APPROVED', 'AGREED', 'PART_PAID', 'PAID', 'REPORTED') OR decided_by IS NOT NULL);

-- The ledger shows every step: an approval commits part of the journey's reservation to the grant
-- (COMMITMENT), the accepted agreement makes it binding (AGREEMENT), a grant withdrawn or resolved
-- unpaid after its approval gives the commitment back (DECOMMITMENT). These entries move no money
-- between available, reserved and paid: the trigger counts them for nothing.
ALTER TABLE ledger_entry DROP CONSTRAINT IF EXISTS ledger_entry_kind_check;
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_kind_known CHECK (kind IN
    ('CONTRIBUTION', 'RESERVATION', 'RELEASE', 'PAYMENT', 'REFUND', 'COMMITMENT', 'AGREEMENT', 'DECOMMITMENT'));

CREATE OR REPLACE FUNCTION ledger_entry_keeps_fund_whole() RETURNS trigger AS $$
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
        ELSE NULL; -- commitments, agreements and decommitments earmark reserved money; they move none
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

-- Grants approved before the ledger knew commitments get theirs now, so what is committed adds up.
INSERT INTO ledger_entry (fund_id, kind, amount_pence, journey_id, grant_id, reference, idempotency_key, recorded_by, recorded_at)
SELECT g.fund_id, 'COMMITMENT', g.amount_pence, g.journey_id, g.id, 'Approved (recorded when the ledger learned commitments)',
       'commitment:' || g.id, 'system', now()
  FROM chest_grant g WHERE g.status IN ('APPROVED', 'AGREED', 'PAID', 'REPORTED');
INSERT INTO ledger_entry (fund_id, kind, amount_pence, journey_id, grant_id, reference, idempotency_key, recorded_by, recorded_at)
SELECT g.fund_id, 'AGREEMENT', g.amount_pence, g.journey_id, g.id, 'Agreement accepted (recorded when the ledger learned commitments)',
       'agreement:' || g.id, 'system', now()
  FROM chest_grant g WHERE g.status IN ('AGREED', 'PAID', 'REPORTED');
