package org.csphub.analysis.nearrepeat;

/**
 * Which end of each band is closed, for both the spatial and the temporal bands of a Knox test.
 * Band edges {@code e1 < e2 < ... < ek} define {@code k} bands starting at 0:
 * <ul>
 * <li>{@link #RIGHT_CLOSED}: {@code [0, e1], (e1, e2], ..., (e(k-1), ek]}. A value exactly on an edge
 * belongs to the band below it. The first edge may be 0 (then the first band holds only zero).</li>
 * <li>{@link #LEFT_CLOSED}: {@code [0, e1), [e1, e2), ..., [e(k-1), ek)}. A value exactly on an edge
 * belongs to the band above it; a value equal to the last edge is in no band. The first edge must be
 * positive.</li>
 * </ul>
 * Values outside every band (above the last edge) are not counted. Ratcliffe's Near Repeat
 * Calculator labels a band "a to b" while counting other limits, which is why the convention is always
 * stated explicitly and echoed in the result.
 */
public enum IntervalConvention {

	/** Bands {@code [0, e1], (e1, e2], ...}. */
	RIGHT_CLOSED,

	/** Bands {@code [0, e1), [e1, e2), ...}. */
	LEFT_CLOSED;

	/**
	 * The band holding a non-negative value, or -1 when it lies beyond the last band (or is NaN).
	 * Linear in the number of bands, which is small.
	 */
	int band(double value, double[] edges) {
		if (this == RIGHT_CLOSED) {
			for (int b = 0; b < edges.length; b++) {
				if (value <= edges[b]) {
					return b;
				}
			}
		}
		else {
			for (int b = 0; b < edges.length; b++) {
				if (value < edges[b]) {
					return b;
				}
			}
		}
		return -1;
	}

	/** Whether a value lies beyond the last band (the cheap test before {@link #band}). */
	boolean beyond(double value, double last) {
		return this == RIGHT_CLOSED ? value > last : value >= last;
	}

	/** A readable label of band {@code b}, for example {@code "(0.1, 200]"} or {@code "[0, 7)"}. */
	public String label(double[] edges, int b) {
		String lower = b == 0 ? "0" : format(edges[b - 1]);
		String upper = format(edges[b]);
		if (this == RIGHT_CLOSED) {
			return (b == 0 ? "[" : "(") + lower + ", " + upper + "]";
		}
		return "[" + lower + ", " + upper + ")";
	}

	private static String format(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}

}
