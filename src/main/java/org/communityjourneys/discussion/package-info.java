/** Residents talk an idea through: comments, one level of replies, the lead's and facilitators' answers, reports and moderation. */
@org.springframework.modulith.ApplicationModule(displayName = "Discussion")
package org.communityjourneys.discussion;
