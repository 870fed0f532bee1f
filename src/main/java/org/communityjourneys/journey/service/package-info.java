@org.springframework.modulith.NamedInterface("service")
package org.communityjourneys.journey.service;
