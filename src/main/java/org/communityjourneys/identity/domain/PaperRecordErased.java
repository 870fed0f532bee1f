package org.communityjourneys.identity.domain;

import java.util.UUID;

/**
 * Staff erased a paper-only resident's record at the person's request. Carries no personal data:
 * the old record id, its ward and who erased it.
 */
public record PaperRecordErased(UUID recordId, String wardCode, String erasedBy) {
}
