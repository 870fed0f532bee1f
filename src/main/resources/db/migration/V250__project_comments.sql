-- Comments on funded projects (issue 17): residents of the journey's wards, the project's group
-- (its grant's holder) and facilitators talk a project through while it runs. A comment is about
-- one idea or one funded project, never both; a reply answers a comment (not a reply) about the
-- same one, which the database checks as well as the service.

ALTER TABLE comment ALTER COLUMN idea_id DROP NOT NULL;
ALTER TABLE comment ADD COLUMN project_id UUID REFERENCES chest_grant (id);
ALTER TABLE comment ADD CONSTRAINT comment_about_one_thing CHECK ((idea_id IS NULL) <> (project_id IS NULL));
CREATE INDEX comment_of_project ON comment (project_id, posted_at) WHERE project_id IS NOT NULL;

CREATE FUNCTION comment_reply_answers_a_comment_on_the_same_thing() RETURNS trigger AS $$
BEGIN
    IF NEW.parent_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM comment parent
            WHERE parent.id = NEW.parent_id AND parent.parent_id IS NULL
              AND parent.idea_id IS NOT DISTINCT FROM NEW.idea_id
              AND parent.project_id IS NOT DISTINCT FROM NEW.project_id) THEN
        RAISE EXCEPTION 'a reply answers a comment (not a reply) about the same idea or project'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER comment_reply_answers_a_comment_on_the_same_thing
    BEFORE INSERT OR UPDATE OF parent_id, idea_id, project_id ON comment
    FOR EACH ROW EXECUTE FUNCTION comment_reply_answers_a_comment_on_the_same_thing();
