/**
 * The Camunda 7 adapter: deploys the models in {@code processes/} and {@code forms/}, starts and
 * drives journeys, and offers human tasks to the UI. The only module that imports
 * {@code org.camunda}; its delegates are thin and call the feature modules' services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package org.communityjourneys.workflow;
