package org.communityjourneys.studio.domain;

import java.time.Instant;

/** A governance lead asked to switch four-eyes off; it stays on until a different governance lead approves. */
public record FourEyesOffRequest(String requestedBy, Instant requestedAt) {
}
