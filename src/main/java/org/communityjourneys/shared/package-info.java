/**
 * The shared kernel: wards, themes, populations and money, used by every other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package org.communityjourneys.shared;
