/** Demo data that goes through the whole product: a past journey in Ross East, run at first start as its people (demo profile only). */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.communityjourneys.demo;
