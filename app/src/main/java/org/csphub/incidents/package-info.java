/**
 * Incidents: police.uk street-level crime and anti-social behaviour, outcomes and stop and search,
 * and partners' own data, imported all-or-nothing and assigned to the partnership's areas by
 * location. Re-importing a source and month replaces exactly that source and month.
 *
 * <p>Rule for rows without a location: a police.uk row with no coordinates cannot be placed in any
 * area, nor known to be inside the borough, so it is not stored as an incident; it is counted, per
 * source and month, as "without location" in the import summary and in the data-quality figures.
 * Rows whose location is outside the borough are counted as "outside area" and not stored.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incidents", allowedDependencies = { "areas", "audit", "shared" })
package org.csphub.incidents;
