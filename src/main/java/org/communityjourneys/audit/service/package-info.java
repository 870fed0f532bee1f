@org.springframework.modulith.NamedInterface("service")
package org.communityjourneys.audit.service;
