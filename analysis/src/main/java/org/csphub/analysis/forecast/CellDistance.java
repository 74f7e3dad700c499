package org.csphub.analysis.forecast;

/**
 * The distance between two grid cells given by (column, row), in cells, for prospective hotspotting.
 * Reference values (open_cp tests): Chebyshev (1,1)-(2,2) = 1 and (2,1)-(4,3) = 2; Manhattan
 * (1,1)-(4,5) = 7; Euclidean (1,1)-(4,5) = 5.
 */
public enum CellDistance {

	/** {@code max(|dc|, |dr|)}: the 8 neighbours are at distance 1 (Bowers, Johnson and Pease). */
	CHEBYSHEV {
		@Override
		public double between(long column1, long row1, long column2, long row2) {
			return Math.max(Math.abs(column1 - column2), Math.abs(row1 - row2));
		}
	},

	/** {@code |dc| + |dr|}: diagonal neighbours are at distance 2. */
	MANHATTAN {
		@Override
		public double between(long column1, long row1, long column2, long row2) {
			return Math.abs(column1 - column2) + Math.abs(row1 - row2);
		}
	},

	/** {@code sqrt(dc² + dr²)} between cell centres, in cells. */
	EUCLIDEAN {
		@Override
		public double between(long column1, long row1, long column2, long row2) {
			double dc = column1 - column2;
			double dr = row1 - row2;
			return Math.sqrt(dc * dc + dr * dr);
		}
	};

	/** The distance in cells between cell (column1, row1) and cell (column2, row2). */
	public abstract double between(long column1, long row1, long column2, long row2);

}
