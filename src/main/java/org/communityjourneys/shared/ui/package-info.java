/** What every screen shares: the languages (bundles, the chosen locale), its UK formats and date fields. */
@org.springframework.modulith.NamedInterface("ui")
package org.communityjourneys.shared.ui;
