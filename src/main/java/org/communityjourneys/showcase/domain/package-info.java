@org.springframework.modulith.NamedInterface("domain")
package org.communityjourneys.showcase.domain;
