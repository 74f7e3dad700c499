package org.csphub.explore.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.csphub.analysis.geo.GridSquare;
import org.csphub.incidents.GridCellCount;

/**
 * Incidents counted by square of the British National Grid (docs/adr/0010: density squares rather than
 * one marker per incident), with the squares put into up to {@link #BANDS} bands of roughly equal
 * numbers of squares (quantiles of the squares' counts), which the map colours and its legend lists.
 */
public record DensityGrid(int cellSize, List<Cell> cells, List<Band> bands) {

	/** The side of a square in metres: a few streets in a town, enough to see patterns across a ward. */
	public static final int CELL_SIZE = 250;

	public static final int BANDS = 5;

	/** A square with incidents and its band (1 to the number of bands). */
	public record Cell(GridSquare square, long count, int band) {

		public String gridReference() {
			return square.gridReference();
		}

	}

	/** Counts from {@code from} to {@code to} inclusive. */
	public record Band(int number, long from, long to) {

		public String label() {
			return from == to ? String.valueOf(from) : from + " to " + to;
		}

	}

	public static DensityGrid of(List<GridCellCount> counts, int cellSize) {
		List<Long> sorted = counts.stream().map(GridCellCount::count).sorted().toList();
		List<Long> uppers = new ArrayList<>();
		for (int i = 1; i <= BANDS && !sorted.isEmpty(); i++) {
			long upper = sorted.get((int) Math.ceil(sorted.size() * i / (double) BANDS) - 1);
			if (uppers.isEmpty() || upper > uppers.get(uppers.size() - 1)) {
				uppers.add(upper);
			}
		}
		List<Band> bands = new ArrayList<>();
		long from = sorted.isEmpty() ? 0 : sorted.get(0);
		for (int i = 0; i < uppers.size(); i++) {
			bands.add(new Band(i + 1, from, uppers.get(i)));
			from = uppers.get(i) + 1;
		}
		List<Cell> cells = counts.stream().map(c -> new Cell(c.square(), c.count(), bandOf(c.count(), bands))).toList();
		return new DensityGrid(cellSize, cells, bands);
	}

	private static int bandOf(long count, List<Band> bands) {
		for (Band band : bands) {
			if (count <= band.to()) {
				return band.number();
			}
		}
		return bands.size();
	}

	/** The squares with the most incidents, most first (ties by grid reference), at most {@code limit}. */
	public List<Cell> busiest(int limit) {
		return cells.stream()
			.sorted(Comparator.comparingLong(Cell::count).reversed().thenComparing(c -> c.square().column())
				.thenComparing(c -> c.square().row()))
			.limit(limit)
			.toList();
	}

	public long total() {
		return cells.stream().mapToLong(Cell::count).sum();
	}

	public boolean isEmpty() {
		return cells.isEmpty();
	}

}
