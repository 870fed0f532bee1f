/** The shared kernel: wards, themes, populations, money, UK time and the models' contract, used by every module. */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package org.communityjourneys.shared;
