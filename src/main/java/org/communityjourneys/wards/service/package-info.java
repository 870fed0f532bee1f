@org.springframework.modulith.NamedInterface("service")
package org.communityjourneys.wards.service;
