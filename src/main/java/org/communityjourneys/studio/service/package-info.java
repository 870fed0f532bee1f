/** The studio's services (library, drafts, diff, deployments, four-eyes) and the ports the engine adapter implements. */
@org.springframework.modulith.NamedInterface("service")
package org.communityjourneys.studio.service;
