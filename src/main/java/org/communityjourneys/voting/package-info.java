/** The participatory vote: windows, tallies, certification and published results. */
@org.springframework.modulith.ApplicationModule(displayName = "Participatory vote")
package org.communityjourneys.voting;
