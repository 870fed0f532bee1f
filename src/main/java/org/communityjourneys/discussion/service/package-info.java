@org.springframework.modulith.NamedInterface("service")
package org.communityjourneys.discussion.service;
