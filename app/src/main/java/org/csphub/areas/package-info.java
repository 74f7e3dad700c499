/**
 * The partnership's geography: its borough, wards, parishes, LSOAs and custom areas (priority
 * neighbourhoods), their boundaries on the British National Grid and per-LSOA reference data
 * (population, deprivation, rural-urban classification). Other modules find which areas contain a
 * point through {@link org.csphub.areas.AreaLocator}, obtained from the {@link org.csphub.areas.Areas} façade.
 * Uses the analysis engine ({@code org.csphub.analysis}, plain Java) for projection and point-in-polygon.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Areas", allowedDependencies = { "audit", "shared" })
package org.csphub.areas;
