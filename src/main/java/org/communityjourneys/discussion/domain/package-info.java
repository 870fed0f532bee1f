@org.springframework.modulith.NamedInterface("domain")
package org.communityjourneys.discussion.domain;
