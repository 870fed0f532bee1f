package org.communityjourneys.showcase.domain;

/** A community asset as the facilitator writes it down: a place, group, skill or service. */
public record AssetNote(AssetKind kind, String name, String note) {
}
