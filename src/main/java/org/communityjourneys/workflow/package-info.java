/** The Camunda 7 adapter and nothing else: seed deployment, thin delegates, timers and messages, and the engine's side of the other modules' ports. */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow (engine adapter)")
package org.communityjourneys.workflow;
