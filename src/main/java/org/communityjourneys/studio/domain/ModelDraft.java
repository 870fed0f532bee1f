package org.communityjourneys.studio.domain;

import java.time.Instant;

/**
 * What the editor opens: a person's saved draft of a model, or (when {@code draft} is false) the
 * latest deployed version. {@code basedOnVersion} is the deployed version the content started from
 * (null for a model never deployed).
 */
public record ModelDraft(ModelKind kind, String key, String content, boolean draft, Integer basedOnVersion,
        String owner, Instant savedAt) {
}
