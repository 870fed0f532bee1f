@org.springframework.modulith.NamedInterface("service")
package org.communityjourneys.shared.service;
