@org.springframework.modulith.NamedInterface("domain")
package org.communityjourneys.shared.domain;
