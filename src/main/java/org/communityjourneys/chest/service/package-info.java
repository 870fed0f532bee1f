@org.springframework.modulith.NamedInterface("service")
package org.communityjourneys.chest.service;
