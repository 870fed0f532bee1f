package org.communityjourneys.tasks.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.tasks.domain.TaskCompleted;
import org.communityjourneys.tasks.domain.TaskFormSource;
import org.communityjourneys.tasks.domain.TaskSummary;

/**
 * The human tasks of the journeys, as one person sees them: the tasks assigned to them and the
 * unclaimed tasks of the groups (roles) they belong to. Only someone who may work on a task can
 * claim or complete it. A port: the engine adapter ({@code workflow}) implements it.
 */
public interface TaskInbox {

    /** What a task list can be sorted by. */
    enum SortBy { CREATED, DUE, NAME }

    /** How many tasks are assigned to the user. */
    long countMine(String username);

    /** Tasks assigned to the user, one page of them. */
    List<TaskSummary> mine(String username, int offset, int limit, SortBy sortBy, boolean ascending);

    /** How many unclaimed tasks are offered to the roles. */
    default long countForGroups(Set<Role> roles) {
        return countForGroups(roles, null);
    }

    /** How many unclaimed tasks are offered to the user's roles or to the user by name. */
    long countForGroups(Set<Role> roles, String username);

    /** Unclaimed tasks offered to any of the user's roles, one page of them. */
    default List<TaskSummary> forGroups(Set<Role> roles, int offset, int limit, SortBy sortBy, boolean ascending) {
        return forGroups(roles, null, offset, limit, sortBy, ascending);
    }

    /**
     * Unclaimed tasks offered to any of the user's roles or to the user by name (e.g. a grant's
     * learning report, offered to the person who holds the grant), one page of them.
     */
    List<TaskSummary> forGroups(Set<Role> roles, String username, int offset, int limit, SortBy sortBy, boolean ascending);

    /** The task, if it is open and the user may see it (assigned to them or offered to their roles). */
    Optional<TaskSummary> find(String taskId, String username, Set<Role> roles);

    /** Claims an unclaimed task offered to the user. */
    void claim(String taskId, String username, Set<Role> roles);

    /** Gives a task the user holds back to its groups. */
    void unclaim(String taskId, String username, Set<Role> roles);

    /**
     * Completes the task with the given variables. The user must be its assignee or, when it is
     * unclaimed, hold one of its candidate roles; an unclaimed task is claimed for them first so
     * that the history shows who did it. Publishes {@link TaskCompleted}.
     */
    void complete(String taskId, Map<String, Object> variables, String username, Set<Role> roles);

    /** The form-js JSON of a task with {@code camunda:formRef}, or the screen a {@code screen:} key names. */
    TaskFormSource formFor(String taskId);

    /** The variables the task can see, to show existing answers in its form. */
    Map<String, Object> variables(String taskId);
}
