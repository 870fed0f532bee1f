package org.communityjourneys.studio.domain;

/** The four-eyes setting for studio deployments was switched on or off. */
public record FourEyesChanged(String changedBy, boolean on) {
}
