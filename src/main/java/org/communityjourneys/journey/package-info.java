/** A community journey: its wards, theme, budget, dates and the stage it has reached. */
@org.springframework.modulith.ApplicationModule(displayName = "Journeys")
package org.communityjourneys.journey;
