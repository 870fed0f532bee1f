/** The community chest: funds, an immutable ledger in pence, and grants. */
@org.springframework.modulith.ApplicationModule(displayName = "Community chest")
package org.communityjourneys.chest;
