/**
 * Telling people what happened: in-app notifications for each user and, for those who opt in,
 * email through SMTP (or the dev mailbox when no SMTP host is configured). Listens to the events of
 * the other modules; nothing depends on this module except the UI frame's bell.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications and email")
package org.communityjourneys.notifications;
