@org.springframework.modulith.NamedInterface("service")
package org.communityjourneys.review.service;
