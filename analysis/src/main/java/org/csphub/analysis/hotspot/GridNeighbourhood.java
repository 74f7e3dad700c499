package org.csphub.analysis.hotspot;

import java.util.Objects;

import org.csphub.analysis.grid.Grid;
import org.csphub.analysis.weights.GridWeights;
import org.csphub.analysis.weights.SpatialWeights;

/**
 * Which cells of a grid count as neighbours for {@link GridHotspots}: queen or rook contiguity, or a
 * distance band between cell centres (see {@link GridWeights}).
 *
 * @param kind the kind of neighbourhood
 * @param threshold the distance band in metres (inclusive); 0 for contiguity
 */
public record GridNeighbourhood(Kind kind, double threshold) {

	/** The kinds of neighbourhood. */
	public enum Kind {

		/** The 8 cells sharing an edge or a corner. */
		QUEEN,

		/** The 4 cells sharing an edge. */
		ROOK,

		/** Cells whose centres are at most the threshold apart. */
		DISTANCE_BAND

	}

	public GridNeighbourhood {
		Objects.requireNonNull(kind, "kind");
		if (kind == Kind.DISTANCE_BAND ? !(threshold >= 0 && Double.isFinite(threshold)) : threshold != 0) {
			throw new IllegalArgumentException(kind == Kind.DISTANCE_BAND
					? "The distance band must be a finite number of metres >= 0, not " + threshold
					: "Only a distance band has a threshold");
		}
	}

	public static GridNeighbourhood queen() {
		return new GridNeighbourhood(Kind.QUEEN, 0);
	}

	public static GridNeighbourhood rook() {
		return new GridNeighbourhood(Kind.ROOK, 0);
	}

	public static GridNeighbourhood distanceBand(double metres) {
		return new GridNeighbourhood(Kind.DISTANCE_BAND, metres);
	}

	/** Binary weights between the grid's included cells, without self weights. */
	public SpatialWeights weights(Grid grid) {
		return switch (kind) {
			case QUEEN -> GridWeights.queen(grid);
			case ROOK -> GridWeights.rook(grid);
			case DISTANCE_BAND -> GridWeights.distanceBand(grid, threshold);
		};
	}

}
