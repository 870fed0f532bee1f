/** The form renderer other modules' screens use: a form-js schema in, Vaadin fields and checked answers out. */
@org.springframework.modulith.NamedInterface("ui")
package org.communityjourneys.forms.ui;
