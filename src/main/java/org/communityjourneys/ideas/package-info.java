/** Ideas residents put forward, their supports, the ideas window and the shortlist. */
@org.springframework.modulith.ApplicationModule(displayName = "Ideas and shortlist")
package org.communityjourneys.ideas;
