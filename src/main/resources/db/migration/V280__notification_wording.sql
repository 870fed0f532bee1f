-- A notification's subject and body as worded (a message key and its arguments, JSON), so that the
-- notifications page says them in the reader's language; NULL for notices made in English only
-- (all before this change). subject and body stay the English text, as e-mailed.
ALTER TABLE notification ADD COLUMN subject_wording TEXT, ADD COLUMN body_wording TEXT;
