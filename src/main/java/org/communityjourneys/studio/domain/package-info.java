/** The studio's records and events: model files and versions, problems, changes, drafts, deployments, requests and migrations. */
@org.springframework.modulith.NamedInterface("domain")
package org.communityjourneys.studio.domain;
