package org.csphub.analysis.weights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.ItemDistance;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Binary k-nearest-neighbour weights between points: {@code w_ij = 1} when {@code j} is one of the
 * {@code k} points nearest to {@code i} (Euclidean, {@code j ≠ i}), else 0.
 *
 * <p><b>Contract.</b>
 * <ul>
 * <li>Every observation has exactly {@code k} neighbours, so {@code 1 ≤ k ≤ n − 1}. The weights are
 * generally <b>not symmetric</b>.</li>
 * <li><b>Ties</b> are broken deterministically: neighbours are ranked by distance
 * ({@code sqrt(dx² + dy²)} in double precision), then by observation index, lower first. So among
 * points equally far away the earlier-numbered ones are chosen, and the result does not depend on
 * how the spatial index orders its answers. Coincident points are at distance 0.</li>
 * <li>Result: {@link SpatialWeights.Transform#BINARY}, observation {@code i} is point {@code i}.</li>
 * <li>How: a JTS {@link STRtree} k-nearest search bounds the k-th neighbour distance {@code r}; every
 * point within {@code r} is then ranked exactly. Cost about {@code O(n log n)} for small {@code k}
 * and few ties: about 2.5 s for 100,000 points and {@code k = 8} on one core.</li>
 * </ul>
 */
public final class KNearestWeights {

	private KNearestWeights() {
	}

	/** Weights for points {@code (xs[i], ys[i])} with ids {@code "0".."n-1"}. */
	public static SpatialWeights build(double[] xs, double[] ys, int k) {
		return build(xs, ys, k, null);
	}

	/**
	 * Weights for points {@code (xs[i], ys[i])} with the given ids (null for {@code "0".."n-1"}).
	 * @throws IllegalArgumentException if {@code k < 1} or {@code k ≥ n}, the arrays differ in length or
	 *         a coordinate is not finite
	 */
	public static SpatialWeights build(double[] xs, double[] ys, int k, List<String> ids) {
		Points.check(xs, ys, ids);
		int n = xs.length;
		if (k < 1 || k > n - 1) {
			throw new IllegalArgumentException("k must be between 1 and n - 1 = " + (n - 1) + ", not " + k);
		}
		List<String> checkedIds = ids == null ? SpatialWeights.defaultIds(n) : SpatialWeights.checkedIds(ids);
		STRtree tree = Points.index(xs, ys);
		ItemDistance distance = (a, b) -> Points.distance(xs, ys, (Integer) a.getItem(), (Integer) b.getItem());
		List<int[]> lists = new ArrayList<>(n);
		Points.Found found = new Points.Found();
		for (int i = 0; i < n; i++) {
			int self = i;
			Envelope point = new Envelope(xs[i], xs[i], ys[i], ys[i]);
			// The k + 1 nearest items (the point itself may be among them): their farthest is at least
			// as far as the k-th nearest other point.
			double radius = 0;
			for (Object item : tree.nearestNeighbour(point, i, distance, k + 1)) {
				radius = Math.max(radius, Points.distance(xs, ys, i, (Integer) item));
			}
			found.clear();
			double r = radius;
			tree.query(new Envelope(xs[i] - r, xs[i] + r, ys[i] - r, ys[i] + r), item -> {
				int j = (Integer) item;
				if (j != self && Points.distance(xs, ys, self, j) <= r) {
					found.add(j);
				}
			});
			Integer[] candidates = new Integer[found.count()];
			double[] distances = new double[found.count()];
			for (int c = 0; c < candidates.length; c++) {
				candidates[c] = c;
				distances[c] = Points.distance(xs, ys, i, found.get(c));
			}
			Arrays.sort(candidates, Comparator.<Integer>comparingDouble(c -> distances[c])
					.thenComparingInt(found::get));
			if (candidates.length < k) {
				throw new IllegalStateException("the spatial index found " + candidates.length + " of " + k
						+ " neighbours of point " + i);
			}
			int[] neighbours = new int[k];
			for (int c = 0; c < k; c++) {
				neighbours[c] = found.get(candidates[c]);
			}
			lists.add(neighbours);
		}
		return SpatialWeights.fromLists(checkedIds, lists);
	}

}
