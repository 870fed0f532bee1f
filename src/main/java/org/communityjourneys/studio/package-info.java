/** The governance studio: edit, check, compare, deploy (with four eyes), roll back and migrate processes, decisions and forms in the browser. */
@org.springframework.modulith.ApplicationModule(displayName = "Governance studio")
package org.communityjourneys.studio;
