/**
 * Demo data that has to go through the whole product: a past journey in Ross East, run at first
 * start through the real engine and services as the people whose steps they are, so a newcomer's
 * results, project, ward and intelligence pages have content. Only in the demo profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.communityjourneys.demo;
