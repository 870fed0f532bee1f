@org.springframework.modulith.NamedInterface("domain")
package org.communityjourneys.ideas.domain;
