/**
 * How concentrated incidents are among places: the Lorenz curve and Gini coefficient, the share of
 * incidents in the busiest places, and repeat locations. Every result carries whether the locations were
 * snapped to anonymous map points (police.uk) and the caveat the UI must then show.
 */
package org.csphub.analysis.concentration;
