package org.communityjourneys.chest.domain;

import java.util.Map;

/**
 * The start form of a process as the page renders it: the form-js JSON and the values its
 * choices come from (e.g. {@code fundChoices}, the chest's open funds).
 */
public record StartForm(StartableProcess process, String formJson, Map<String, Object> values) {
}
