package org.csphub.analysis.nearrepeat;

import java.util.Arrays;

/**
 * The pairs of events close enough in space to fall in some distance band of a Knox test, found
 * with a uniform bucket grid instead of looking at all {@code n(n-1)/2} pairs.
 *
 * <p><b>Contract.</b>
 * <ul>
 * <li>Events are bucketed in square cells whose side is the last spatial edge (1 when that edge is 0).
 * Both metrics are at least the Euclidean distance, so two events within the last edge lie in the same
 * or adjacent buckets; only those bucket pairs are compared (each unordered bucket pair once).</li>
 * <li>Events are relabelled in bucket order: {@link #order} maps a new label to the caller's index, and
 * the pairs refer to new labels. Each unordered pair of distinct events inside a band is stored once,
 * grouped by distance band: pairs {@code bandStart[s] .. bandStart[s+1]-1} are in band {@code s}.</li>
 * <li>Cost: O(n log n) to bucket plus the number of event pairs in adjacent buckets; memory two ints per
 * stored pair.</li>
 * </ul>
 */
final class CandidatePairs {

	/** For each new label, the index of the event in the caller's list. */
	final int[] order;

	/** The first event (new label) of each pair, grouped by band. */
	final int[] first;

	/** The second event (new label) of each pair, grouped by band. */
	final int[] second;

	/** Pairs of band {@code s} are at positions {@code bandStart[s]} (inclusive) to {@code bandStart[s+1]}. */
	final int[] bandStart;

	private CandidatePairs(int[] order, int[] first, int[] second, int[] bandStart) {
		this.order = order;
		this.first = first;
		this.second = second;
		this.bandStart = bandStart;
	}

	int size() {
		return first.length;
	}

	static CandidatePairs find(double[] x, double[] y, double[] edges, IntervalConvention convention,
			DistanceMetric metric) {
		int n = x.length;
		double last = edges[edges.length - 1];
		double side = last > 0 ? last : 1;
		double minX = Double.POSITIVE_INFINITY;
		double minY = Double.POSITIVE_INFINITY;
		for (int i = 0; i < n; i++) {
			minX = Math.min(minX, x[i]);
			minY = Math.min(minY, y[i]);
		}
		long[] bx = new long[n];
		long[] by = new long[n];
		long maxBx = 0;
		long maxBy = 0;
		for (int i = 0; i < n; i++) {
			bx[i] = (long) Math.floor((x[i] - minX) / side);
			by[i] = (long) Math.floor((y[i] - minY) / side);
			maxBx = Math.max(maxBx, bx[i]);
			maxBy = Math.max(maxBy, by[i]);
		}
		if (maxBx >= (1L << 30) || maxBy >= (1L << 30)) {
			throw new IllegalArgumentException("The events spread over more than 2^30 times the largest distance band; "
					+ "split the area or widen the bands");
		}
		// Key = bx * stride + by with stride = maxBy + 2, so that by + 1 never reaches the next column.
		long stride = maxBy + 2;
		long[] key = new long[n];
		for (int i = 0; i < n; i++) {
			key[i] = bx[i] * stride + by[i];
		}
		long[] cells = uniqueSorted(key);
		int[] cellOf = new int[n];
		int[] cellStart = new int[cells.length + 1];
		for (int i = 0; i < n; i++) {
			cellOf[i] = Arrays.binarySearch(cells, key[i]);
			cellStart[cellOf[i] + 1]++;
		}
		for (int c = 0; c < cells.length; c++) {
			cellStart[c + 1] += cellStart[c];
		}
		int[] order = new int[n];
		int[] fill = Arrays.copyOf(cellStart, cells.length);
		for (int i = 0; i < n; i++) {
			order[fill[cellOf[i]]++] = i;
		}
		double[] sx = new double[n];
		double[] sy = new double[n];
		for (int k = 0; k < n; k++) {
			sx[k] = x[order[k]];
			sy[k] = y[order[k]];
		}

		PairBuffer pairs = new PairBuffer(Math.max(16, n));
		long[] forward = { 1, stride - 1, stride, stride + 1 };
		for (int c = 0; c < cells.length; c++) {
			int from = cellStart[c];
			int to = cellStart[c + 1];
			for (int i = from; i < to; i++) {
				for (int j = i + 1; j < to; j++) {
					pairs.addIfNear(i, j, sx, sy, edges, last, convention, metric);
				}
			}
			for (long step : forward) {
				int other = Arrays.binarySearch(cells, cells[c] + step);
				if (other < 0) {
					continue;
				}
				int otherFrom = cellStart[other];
				int otherTo = cellStart[other + 1];
				for (int i = from; i < to; i++) {
					for (int j = otherFrom; j < otherTo; j++) {
						pairs.addIfNear(i, j, sx, sy, edges, last, convention, metric);
					}
				}
			}
		}
		return pairs.groupedByBand(order, edges.length);
	}

	private static long[] uniqueSorted(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int unique = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				sorted[unique++] = sorted[i];
			}
		}
		return Arrays.copyOf(sorted, unique);
	}

	/** A growing store of (first, second, band) triples in primitive arrays. */
	private static final class PairBuffer {

		private int[] first;

		private int[] second;

		private int[] band;

		private int size;

		PairBuffer(int capacity) {
			first = new int[capacity];
			second = new int[capacity];
			band = new int[capacity];
		}

		void addIfNear(int i, int j, double[] x, double[] y, double[] edges, double last,
				IntervalConvention convention, DistanceMetric metric) {
			double d = metric.distance(x[i] - x[j], y[i] - y[j]);
			if (convention.beyond(d, last)) {
				return;
			}
			int b = convention.band(d, edges);
			if (b < 0) {
				return;
			}
			if (size == first.length) {
				int capacity = Math.addExact(size, size >> 1) + 16;
				first = Arrays.copyOf(first, capacity);
				second = Arrays.copyOf(second, capacity);
				band = Arrays.copyOf(band, capacity);
			}
			first[size] = i;
			second[size] = j;
			band[size] = b;
			size++;
		}

		CandidatePairs groupedByBand(int[] order, int bands) {
			int[] start = new int[bands + 1];
			for (int p = 0; p < size; p++) {
				start[band[p] + 1]++;
			}
			for (int b = 0; b < bands; b++) {
				start[b + 1] += start[b];
			}
			int[] fill = Arrays.copyOf(start, bands);
			int[] a = new int[size];
			int[] c = new int[size];
			for (int p = 0; p < size; p++) {
				int at = fill[band[p]]++;
				a[at] = first[p];
				c[at] = second[p];
			}
			return new CandidatePairs(order, a, c, start);
		}

	}

}
