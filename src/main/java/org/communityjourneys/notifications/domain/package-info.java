/** Notifications, email preferences and the outgoing mail record. */
@org.springframework.modulith.NamedInterface("domain")
package org.communityjourneys.notifications.domain;
