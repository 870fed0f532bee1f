@org.springframework.modulith.NamedInterface("service")
package org.communityjourneys.showcase.service;
