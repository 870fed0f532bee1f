/**
 * The governance studio: governance leads edit, check, compare, deploy (with four eyes), roll back
 * and migrate the BPMN processes, DMN decisions and form-js forms in the browser, through ports the
 * engine adapter implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance studio")
package org.communityjourneys.studio;
