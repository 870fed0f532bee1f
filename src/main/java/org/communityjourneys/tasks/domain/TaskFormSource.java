package org.communityjourneys.tasks.domain;

/**
 * How a task is filled in: a form-js form (its JSON), a dedicated screen ({@code screen:<name>}),
 * nothing at all (just complete it), or a form key this application does not understand.
 */
public record TaskFormSource(Kind kind, String formJson, String screen, String formKey) {

    public enum Kind { FORM, SCREEN, NONE, UNKNOWN }

    public static final String SCREEN_PREFIX = "screen:";

    public static TaskFormSource form(String formJson) {
        return new TaskFormSource(Kind.FORM, formJson, null, null);
    }

    public static TaskFormSource screen(String name) {
        return new TaskFormSource(Kind.SCREEN, null, name, SCREEN_PREFIX + name);
    }

    public static TaskFormSource none() {
        return new TaskFormSource(Kind.NONE, null, null, null);
    }

    public static TaskFormSource unknown(String formKey) {
        return new TaskFormSource(Kind.UNKNOWN, null, null, formKey);
    }
}
