/** People, roles, login and the security rules of the product. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.communityjourneys.identity;
