/** Residents talk an idea or a funded project through: comments, one level of replies, the lead's, the group's and facilitators' answers, reports and moderation. */
@org.springframework.modulith.ApplicationModule(displayName = "Discussion")
package org.communityjourneys.discussion;
