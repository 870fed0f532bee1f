package org.communityjourneys.shared.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.event.EventListener;

/**
 * A listener that runs inside the publisher's transaction, before it commits: what it writes
 * commits or rolls back with the change itself, and when it throws the change is refused. For
 * records that must never be missing from a committed change (the audit log, a grant's award
 * date). Everything else reacts after commit with
 * {@link org.springframework.modulith.events.ApplicationModuleListener}, durable in the event
 * publication registry. Every listener to a domain event says which of the two it is
 * ({@code ArchitectureTests}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@EventListener
public @interface InSameTransaction {
}
