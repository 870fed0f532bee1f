/**
 * Public ward pages and the read-only open-data API: what each ward's journeys found, proposed,
 * shortlisted, chose and funded. No personal data. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ward pages and open data")
package org.communityjourneys.wards;
