/** What every screen shares: the product's British locale and its date fields. */
@org.springframework.modulith.NamedInterface("ui")
package org.communityjourneys.shared.ui;
