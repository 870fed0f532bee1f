/** Events and values the workflow module shares about journeys and their human tasks. */
@org.springframework.modulith.NamedInterface("domain")
package org.communityjourneys.workflow.domain;
