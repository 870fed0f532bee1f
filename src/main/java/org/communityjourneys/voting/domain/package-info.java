@org.springframework.modulith.NamedInterface("domain")
package org.communityjourneys.voting.domain;
