package org.communityjourneys.studio.domain;

/**
 * One thing wrong with a model: the element it is about (may be null for the whole file), the
 * rule it breaks (e.g. {@code script.not-allowed}) and a plain-English message.
 */
public record ModelProblem(String resourceName, String elementId, String rule, String message) {
}
