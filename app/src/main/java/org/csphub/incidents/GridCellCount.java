package org.csphub.incidents;

import org.csphub.analysis.geo.GridSquare;

/** The number of incidents located in one square of a grid on the British National Grid. */
public record GridCellCount(GridSquare square, long count) {
}
