/** Who did what and when, from the events every module publishes. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.communityjourneys.audit;
