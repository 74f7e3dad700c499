package org.csphub.analysis.weights;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/** Checks shared by the point-based builders, and the STRtree they search. */
final class Points {

	private Points() {
	}

	static void check(double[] xs, double[] ys, List<String> ids) {
		Objects.requireNonNull(xs, "xs");
		Objects.requireNonNull(ys, "ys");
		if (xs.length != ys.length) {
			throw new IllegalArgumentException(xs.length + " x coordinates but " + ys.length + " y coordinates");
		}
		if (ids != null && ids.size() != xs.length) {
			throw new IllegalArgumentException(xs.length + " points but " + ids.size() + " ids");
		}
		for (int i = 0; i < xs.length; i++) {
			if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
				throw new IllegalArgumentException("Point " + i + " has a non-finite coordinate (" + xs[i] + ", "
						+ ys[i] + ")");
			}
		}
	}

	/** An STRtree whose items are the point indexes (boxed once, here). */
	static STRtree index(double[] xs, double[] ys) {
		STRtree tree = new STRtree();
		for (int i = 0; i < xs.length; i++) {
			tree.insert(new Envelope(xs[i], xs[i], ys[i], ys[i]), i);
		}
		tree.build();
		return tree;
	}

	/** Collects point indexes found by a query, in a reusable growable array. */
	static final class Found {

		private int[] items = new int[16];

		private int count;

		void clear() {
			count = 0;
		}

		void add(int item) {
			if (count == items.length) {
				items = Arrays.copyOf(items, count * 2);
			}
			items[count++] = item;
		}

		int count() {
			return count;
		}

		int get(int k) {
			return items[k];
		}

		int[] toArray() {
			return Arrays.copyOf(items, count);
		}

	}

	static double distance(double[] xs, double[] ys, int i, int j) {
		double dx = xs[i] - xs[j];
		double dy = ys[i] - ys[j];
		return Math.sqrt(dx * dx + dy * dy);
	}

}
