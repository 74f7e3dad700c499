package org.csphub.analysis.geo;

import java.util.List;

/**
 * One square of a regular grid laid on the British National Grid, for incident density maps.
 *
 * <p>Contract: squares are {@code size} metres on a side and aligned to the grid's false origin, so
 * square ({@code column}, {@code row}) covers eastings {@code [column × size, (column + 1) × size)} and
 * northings {@code [row × size, (row + 1) × size)}: the west and south edges belong to the square, the
 * east and north edges to its neighbours, so every point is in exactly one square. The column of a
 * point is {@code floor(easting / size)} (and likewise the row), which SQL's {@code floor} computes
 * identically, so counts grouped in the database and squares made here agree.
 *
 * @param size the side in metres, positive
 */
public record GridSquare(int size, long column, long row) {

	public GridSquare {
		if (size <= 0) {
			throw new IllegalArgumentException("a grid square needs a positive size, not " + size);
		}
	}

	/** The square of the given size that contains the point. */
	public static GridSquare containing(double easting, double northing, int size) {
		return new GridSquare(size, (long) Math.floor(easting / size), (long) Math.floor(northing / size));
	}

	/** The easting of the west edge, in metres. */
	public double west() {
		return (double) column * size;
	}

	/** The northing of the south edge, in metres. */
	public double south() {
		return (double) row * size;
	}

	public GridPoint southWest() {
		return new GridPoint(west(), south());
	}

	public GridPoint centre() {
		return new GridPoint(west() + size / 2.0, south() + size / 2.0);
	}

	/** The four corners anticlockwise from the south-west: SW, SE, NE, NW. */
	public List<GridPoint> corners() {
		double w = west();
		double s = south();
		return List.of(new GridPoint(w, s), new GridPoint(w + size, s), new GridPoint(w + size, s + size),
				new GridPoint(w, s + size));
	}

	/** The Ordnance Survey grid reference of the south-west corner, to the square's precision. */
	public String gridReference() {
		int digits = size >= 10_000 ? 1 : size >= 1_000 ? 2 : size >= 100 ? 3 : size >= 10 ? 4 : 5;
		return OsGridReference.of(west(), south(), digits);
	}

}
