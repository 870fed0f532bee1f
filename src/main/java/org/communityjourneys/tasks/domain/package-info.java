/** What a task is to its people: a summary, where its form comes from, and the facts of completion and reminders. */
@org.springframework.modulith.NamedInterface("domain")
package org.communityjourneys.tasks.domain;
