package org.communityjourneys.shared.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view as the dedicated screen a process task names with
 * {@code camunda:formKey="screen:<name>"}. The task list finds the screen's location from the
 * view's {@code @Route} (its {@code :parameters} filled from the task), and the studio accepts only
 * names that a view declares. The name is the service's constant that completes the task, so it
 * is written once.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TaskScreen {

    /** The screen's name in {@code screen:<name>}. */
    String value();
}
