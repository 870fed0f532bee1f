@org.springframework.modulith.NamedInterface("domain")
package org.communityjourneys.identity.domain;
