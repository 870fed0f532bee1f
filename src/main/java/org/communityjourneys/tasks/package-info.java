/** Tasks: each person's task list and task pages, and the port through which screens finish their journey tasks. */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks")
package org.communityjourneys.tasks;
