/** Showcase conversations in each ward: assets, offers, needs and stories. */
@org.springframework.modulith.ApplicationModule(displayName = "Ward showcase")
package org.communityjourneys.showcase;
