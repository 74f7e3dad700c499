/**
 * The partnership's geography: its borough, wards, parishes, LSOAs and custom areas (priority
 * neighbourhoods), their boundaries on the British National Grid and per-LSOA reference data
 * (population, deprivation, rural-urban classification). Other modules find which areas contain a
 * point through {@link org.csphub.areas.AreaLocator}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Areas", allowedDependencies = { "audit", "shared" })
package org.csphub.areas;
