/** Learning reports from funded projects and their review. */
@org.springframework.modulith.ApplicationModule(displayName = "Learning review")
package org.communityjourneys.review;
