@org.springframework.modulith.NamedInterface("domain")
package org.communityjourneys.chest.domain;
