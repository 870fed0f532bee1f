@org.springframework.modulith.NamedInterface("service")
package org.communityjourneys.identity.service;
