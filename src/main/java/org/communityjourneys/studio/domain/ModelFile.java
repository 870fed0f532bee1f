package org.communityjourneys.studio.domain;

import java.nio.charset.StandardCharsets;

/** A model file: its resource name (e.g. {@code processes/community-journey.bpmn}) and content. */
public record ModelFile(String name, byte[] content) {

    public static ModelFile of(String name, String text) {
        return new ModelFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /** The file name without its folder, for a download. */
    public String fileName() {
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
