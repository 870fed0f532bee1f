/** The demo seeding and the port it owns for the journey's open tasks. */
@org.springframework.modulith.NamedInterface("service")
package org.communityjourneys.demo.service;
