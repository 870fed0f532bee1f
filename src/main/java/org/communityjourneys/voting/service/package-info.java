@org.springframework.modulith.NamedInterface("service")
package org.communityjourneys.voting.service;
