/** Who gets told what, and how mail leaves the product. */
@org.springframework.modulith.NamedInterface("service")
package org.communityjourneys.notifications.service;
