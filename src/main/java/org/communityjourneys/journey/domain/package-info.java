@org.springframework.modulith.NamedInterface("domain")
package org.communityjourneys.journey.domain;
