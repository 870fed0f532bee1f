@org.springframework.modulith.NamedInterface("domain")
package org.communityjourneys.audit.domain;
