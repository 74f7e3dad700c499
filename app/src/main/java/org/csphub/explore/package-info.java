/**
 * Explore: area profiles for the borough and every ward, parish, LSOA and custom area (priority
 * neighbourhood). Counts of incidents by month and by crime type for a chosen period, rates per 1,000
 * residents, change against the same months a year earlier, server-rendered SVG charts with table
 * alternatives and CSV downloads, and a density map on a British National Grid of squares.
 *
 * <p>Months that are not loaded are missing data, shown as "no data" and never as zero
 * (docs/adr/0010). Everyone signed in may see these aggregate counts: they are about places, not
 * people.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Explore", allowedDependencies = { "areas", "incidents",
		"shared", "reporting", "reporting :: charts" })
package org.csphub.explore;
