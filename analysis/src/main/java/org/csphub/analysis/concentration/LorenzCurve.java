package org.csphub.analysis.concentration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Lorenz curve of incidents over places, and the Gini coefficient.
 *
 * <p><b>Definition.</b> Sort the {@code n} places' counts ascending, {@code x_(1) <= … <= x_(n)}, total
 * {@code T}. The curve has {@code n + 1} points {@code (i/n, (x_(1) + … + x_(i)) / T)} for {@code i = 0 … n}:
 * the share of places (least busy first) against the share of incidents they hold. The Gini coefficient
 * is the discrete one without small-sample correction,
 * {@code G = Σ_i Σ_j |x_i − x_j| / (2 n² x̄) = Σ_i (2i − n − 1) x_(i) / (n T)}, which equals one minus twice
 * the area under the curve drawn with straight segments. It runs from 0 (every place equal) to
 * {@code (n − 1)/n} (every incident in one place). Places with no incident count: include them (see
 * {@link PlaceCounts#of(java.util.Map, java.util.Collection, boolean)}), or G describes only the places
 * with crime.
 *
 * <p><b>Edge cases.</b> With no place or no incident the curve and G are unavailable (empty). One place
 * gives G = 0. Exact to double rounding (about 10⁻¹⁵ relative).
 *
 * @param points the curve from (0, 0) to (1, 1); empty when unavailable
 * @param gini the Gini coefficient, empty when unavailable
 * @param places the number of places
 * @param incidents the number of incidents
 * @param locationsSnapped whether the places are police.uk snap points (see {@link #caveat()})
 */
public record LorenzCurve(List<Point> points, OptionalDouble gini, int places, long incidents,
		boolean locationsSnapped) {

	/**
	 * A point of the curve.
	 *
	 * @param placeShare the share of places, least busy first, in [0, 1]
	 * @param incidentShare the share of incidents they hold, in [0, 1]
	 */
	public record Point(double placeShare, double incidentShare) {
	}

	public LorenzCurve {
		points = List.copyOf(points);
	}

	public static LorenzCurve of(PlaceCounts counts) {
		long[] x = counts.counts().values().stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(x);
		int n = x.length;
		long total = counts.incidents();
		if (n == 0 || total == 0) {
			return new LorenzCurve(List.of(), OptionalDouble.empty(), n, total, counts.locationsSnapped());
		}
		List<Point> points = new ArrayList<>(n + 1);
		points.add(new Point(0, 0));
		long cumulative = 0;
		double weighted = 0;
		for (int i = 1; i <= n; i++) {
			cumulative += x[i - 1];
			points.add(new Point(i == n ? 1 : (double) i / n, i == n ? 1 : (double) cumulative / total));
			weighted += (2.0 * i - n - 1) * x[i - 1];
		}
		double gini = weighted / ((double) n * total);
		return new LorenzCurve(points, OptionalDouble.of(gini), n, total, counts.locationsSnapped());
	}

	/** The caveat to show with the result, present when the locations are snapped. */
	public Optional<String> caveat() {
		return locationsSnapped ? Optional.of(PlaceCounts.SNAPPED_LOCATIONS_CAVEAT) : Optional.empty();
	}

}
