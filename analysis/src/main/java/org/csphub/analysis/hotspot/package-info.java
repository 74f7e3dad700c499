/**
 * Hotspot statistics: Getis-Ord local and general G ({@link org.csphub.analysis.hotspot.GetisOrdLocal},
 * {@link org.csphub.analysis.hotspot.GetisOrdGeneral}), Moran's I and LISA
 * ({@link org.csphub.analysis.hotspot.GlobalMoran}, {@link org.csphub.analysis.hotspot.LocalMoran}) with
 * seeded permutation inference, multiple-testing control
 * ({@link org.csphub.analysis.hotspot.MultipleTesting}), kernel density on a grid
 * ({@link org.csphub.analysis.hotspot.KernelDensity}) and grid hot spot maps
 * ({@link org.csphub.analysis.hotspot.GridHotspots}). Conventions and departures from PySAL:
 * {@code docs/adr/0014}.
 */
package org.csphub.analysis.hotspot;
