/**
 * The Camunda 7 adapter and nothing else: deploys the models in {@code processes/} and
 * {@code forms/}, runs the journeys' delegates, messages and timers, and implements the ports the
 * other modules own (tasks' inbox, the chest's start forms, the journey's process and progress,
 * the studio's checks, deployments and migration). The only module that imports {@code org.camunda};
 * its delegates are thin and call the feature modules' services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow (engine adapter)")
package org.communityjourneys.workflow;
