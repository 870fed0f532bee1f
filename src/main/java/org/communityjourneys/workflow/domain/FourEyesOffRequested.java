package org.communityjourneys.workflow.domain;

/** A governance lead asked to switch four-eyes off; a different governance lead must approve it. */
public record FourEyesOffRequested(String requestedBy) {
}
