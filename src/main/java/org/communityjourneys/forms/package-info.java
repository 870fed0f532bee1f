/** Forms: renders the form-js forms of {@code forms/} as Vaadin fields and reads their answers back (no engine, no module). */
@org.springframework.modulith.ApplicationModule(displayName = "Forms")
package org.communityjourneys.forms;
