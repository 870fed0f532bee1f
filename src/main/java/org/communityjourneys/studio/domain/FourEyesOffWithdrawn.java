package org.communityjourneys.studio.domain;

/** The request to switch four-eyes off was withdrawn (by its requester) or turned down (by another lead); four-eyes stays on. */
public record FourEyesOffWithdrawn(String withdrawnBy, String requestedBy) {
}
