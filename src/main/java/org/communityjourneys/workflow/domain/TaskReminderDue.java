package org.communityjourneys.workflow.domain;

import java.util.UUID;

/** A human task of a journey has waited long enough that its people should be reminded. */
public record TaskReminderDue(String taskName, UUID journeyId) {
}
