package org.communityjourneys.studio.domain;

import org.communityjourneys.shared.domain.Refused;

/** What a model in the studio is: a BPMN process, a DMN decision or a form-js form. */
public enum ModelKind {
    PROCESS("processes/", ".bpmn", "Process"),
    DECISION("processes/", ".dmn", "Decision"),
    FORM("forms/", ".form", "Form");

    private final String folder;
    private final String extension;
    private final String label;

    ModelKind(String folder, String extension, String label) {
        this.folder = folder;
        this.extension = extension;
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    /** The resource name a new model of this kind gets, e.g. {@code forms/learning-report.form}. */
    public String resourceNameFor(String key) {
        return folder + key + extension;
    }

    /** The kind of a resource by its file ending, e.g. {@code .bpmn} is a process. */
    public static ModelKind ofResource(String resourceName) {
        for (ModelKind kind : values()) {
            if (resourceName != null && resourceName.endsWith(kind.extension)) {
                return kind;
            }
        }
        throw Refused.input("studio.kind.notDeployable", resourceName);
    }
}
