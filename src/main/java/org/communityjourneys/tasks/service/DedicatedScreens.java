package org.communityjourneys.tasks.service;

import java.util.Set;

/**
 * The names of the dedicated screens a user task may name with {@code camunda:formKey="screen:<name>"};
 * the UI's TaskScreens provides them.
 */
public interface DedicatedScreens {

    Set<String> names();
}
