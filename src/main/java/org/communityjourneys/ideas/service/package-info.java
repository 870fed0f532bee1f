@org.springframework.modulith.NamedInterface("service")
package org.communityjourneys.ideas.service;
