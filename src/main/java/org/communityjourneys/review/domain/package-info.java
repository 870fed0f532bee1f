@org.springframework.modulith.NamedInterface("domain")
package org.communityjourneys.review.domain;
