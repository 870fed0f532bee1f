/** The frame every screen sits in: layout, role-aware menu, home page. */
@org.springframework.modulith.ApplicationModule(displayName = "UI frame")
package org.communityjourneys.ui;
