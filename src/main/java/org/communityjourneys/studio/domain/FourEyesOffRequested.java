package org.communityjourneys.studio.domain;

/** A governance lead asked to switch four-eyes off; a different governance lead must approve it. */
public record FourEyesOffRequested(String requestedBy) {
}
