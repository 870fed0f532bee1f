/** Telling people what happened: in-app notifications and, for those who opt in, e-mail, from the other modules' events. */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications and email")
package org.communityjourneys.notifications;
