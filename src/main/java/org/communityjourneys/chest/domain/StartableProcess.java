package org.communityjourneys.chest.domain;

/**
 * A deployed process (its latest version) that a person may start from its start form, e.g. a
 * hub start-up claim. {@code description} is the first sentence of the model's documentation,
 * or empty.
 */
public record StartableProcess(String key, String name, String description, String definitionId) {
}
