/** Public ward pages and the read-only open-data API: what each ward's journeys found, chose and funded (no personal data). */
@org.springframework.modulith.ApplicationModule(displayName = "Ward pages and open data")
package org.communityjourneys.wards;
