package org.csphub.analysis.nearrepeat;

import java.util.List;

/**
 * An independent all-pairs Knox count, the oracle for the property tests and the baseline of the
 * benchmark: every one of the n(n-1)/2 pairs, with the band rules written out again here.
 */
final class BruteForceKnox {

	private BruteForceKnox() {
	}

	static long[][] observed(List<KnoxEvent> events, double[] spatialEdges, double[] temporalEdges,
			boolean rightClosed, boolean manhattan) {
		long[][] counts = new long[spatialEdges.length][temporalEdges.length];
		int n = events.size();
		for (int i = 0; i < n; i++) {
			KnoxEvent a = events.get(i);
			for (int j = i + 1; j < n; j++) {
				KnoxEvent b = events.get(j);
				double dx = a.x() - b.x();
				double dy = a.y() - b.y();
				double d = manhattan ? Math.abs(dx) + Math.abs(dy) : Math.sqrt(dx * dx + dy * dy);
				int s = band(d, spatialEdges, rightClosed);
				if (s < 0) {
					continue;
				}
				int t = band(Math.abs(a.time() - b.time()), temporalEdges, rightClosed);
				if (t >= 0) {
					counts[s][t]++;
				}
			}
		}
		return counts;
	}

	private static int band(double value, double[] edges, boolean rightClosed) {
		double lower = 0;
		for (int b = 0; b < edges.length; b++) {
			double upper = edges[b];
			boolean in = rightClosed ? (b == 0 ? value >= lower : value > lower) && value <= upper
					: value >= lower && value < upper;
			if (in) {
				return b;
			}
			lower = upper;
		}
		return -1;
	}

}
