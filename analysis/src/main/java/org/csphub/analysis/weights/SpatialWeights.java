package org.csphub.analysis.weights;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sparse spatial weights matrix {@code W = (w_ij)} over {@code n} observations: who neighbours whom,
 * and how much, as used by Getis-Ord G, Moran's I and the local statistics.
 *
 * <p><b>Contract.</b>
 * <ul>
 * <li>Observations are numbered {@code 0..n-1}; each has a non-null, unique <b>id</b> (a string such
 * as an LSOA code, a grid cell index, or {@code "0".."n-1"} by default). Files in GeoDa's {@code .gal}
 * and {@code .gwt} formats name observations by id (see {@link GalFormat}, {@link GwtFormat}).</li>
 * <li>Row {@code i} holds the non-zero entries {@code w_ij}; an entry may be the <b>self weight</b>
 * {@code w_ii} (Getis-Ord Gi* needs one, see {@link #withSelf()}). Weights are finite and
 * non-negative; rows are stored in compressed sparse row (CSR) form, neighbours in ascending index
 * order, so iteration order is deterministic. A row with no entry other than the self weight is an
 * <b>island</b>.</li>
 * <li>{@link #transform()} records what the weights mean: {@link Transform#BINARY} (every weight is
 * 1), {@link Transform#ROW_STANDARDISED} (every non-empty row sums to 1, up to rounding) or
 * {@link Transform#GENERAL} (as given, such as inverse distances read from a {@code .gwt} file). The
 * statistics use the tag where a convention depends on it (the Getis-Ord variance).</li>
 * <li>The weights need not be symmetric (k-nearest neighbours are not).</li>
 * <li>For speed, {@link #rowStart(int)}, {@link #rowEnd(int)}, {@link #neighbourAt(int)} and
 * {@link #weightAt(int)} read the CSR arrays directly without copying or boxing:
 * <pre>
 * for (int k = w.rowStart(i); k &lt; w.rowEnd(i); k++) { int j = w.neighbourAt(k); double wij = w.weightAt(k); }
 * </pre>
 * These loops include the self weight when there is one.</li>
 * </ul>
 * Instances are immutable and thread-safe. Build one with {@link #builder(List)} or with
 * {@link DistanceBandWeights}, {@link KNearestWeights}, {@link ContiguityWeights} or
 * {@link GridWeights}.
 */
public final class SpatialWeights {

	/** What the weights mean; see the class contract. */
	public enum Transform {

		/** Weights as given: any non-negative values. */
		GENERAL,

		/** Every stored weight is exactly 1. */
		BINARY,

		/** Every non-empty row sums to 1. */
		ROW_STANDARDISED

	}

	private final List<String> ids;

	private final int[] offsets;

	private final int[] neighbours;

	private final double[] weights;

	private final Transform transform;

	private volatile Map<String, Integer> indexById;

	/** Trusted constructor: rows sorted, no duplicates, weights finite and positive or zero. */
	SpatialWeights(List<String> ids, int[] offsets, int[] neighbours, double[] weights, Transform transform) {
		this.ids = ids;
		this.offsets = offsets;
		this.neighbours = neighbours;
		this.weights = weights;
		this.transform = transform;
	}

	/** A builder for {@code ids.size()} observations with these ids, in this order. */
	public static Builder builder(List<String> ids) {
		return new Builder(checkedIds(ids));
	}

	/** A builder for {@code n} observations with ids {@code "0".."n-1"}. */
	public static Builder builder(int n) {
		return new Builder(defaultIds(n));
	}

	static List<String> defaultIds(int n) {
		if (n < 0) {
			throw new IllegalArgumentException("The number of observations cannot be negative: " + n);
		}
		String[] ids = new String[n];
		for (int i = 0; i < n; i++) {
			ids[i] = Integer.toString(i);
		}
		return Collections.unmodifiableList(Arrays.asList(ids));
	}

	static List<String> checkedIds(List<String> ids) {
		Objects.requireNonNull(ids, "ids");
		List<String> copy = List.copyOf(ids);
		Map<String, Integer> seen = new HashMap<>(copy.size() * 2);
		for (int i = 0; i < copy.size(); i++) {
			Integer earlier = seen.put(copy.get(i), i);
			if (earlier != null) {
				throw new IllegalArgumentException("The id " + copy.get(i) + " is used by observations " + earlier
						+ " and " + i);
			}
		}
		return copy;
	}

	/** The number of observations. */
	public int size() {
		return offsets.length - 1;
	}

	/** The observation ids, in observation order. */
	public List<String> ids() {
		return ids;
	}

	public String id(int i) {
		return ids.get(i);
	}

	/** The observation with this id, or -1 if there is none. */
	public int indexOf(String id) {
		Map<String, Integer> map = indexById;
		if (map == null) {
			map = new HashMap<>(ids.size() * 2);
			for (int i = 0; i < ids.size(); i++) {
				map.put(ids.get(i), i);
			}
			indexById = map;
		}
		Integer index = map.get(id);
		return index == null ? -1 : index;
	}

	public Transform transform() {
		return transform;
	}

	/** The first CSR position of row {@code i}. */
	public int rowStart(int i) {
		return offsets[i];
	}

	/** One past the last CSR position of row {@code i}. */
	public int rowEnd(int i) {
		return offsets[i + 1];
	}

	/** The neighbour (column) stored at CSR position {@code k}. */
	public int neighbourAt(int k) {
		return neighbours[k];
	}

	/** The weight stored at CSR position {@code k}. */
	public double weightAt(int k) {
		return weights[k];
	}

	/** The number of stored entries (including self weights). */
	public int entryCount() {
		return neighbours.length;
	}

	/** The neighbours {@code j ≠ i} of observation {@code i}, ascending. */
	public int[] neighbours(int i) {
		int start = offsets[i];
		int end = offsets[i + 1];
		int self = Arrays.binarySearch(neighbours, start, end, i);
		if (self < 0) {
			return Arrays.copyOfRange(neighbours, start, end);
		}
		int[] result = new int[end - start - 1];
		System.arraycopy(neighbours, start, result, 0, self - start);
		System.arraycopy(neighbours, self + 1, result, self - start, end - self - 1);
		return result;
	}

	/** The number of neighbours {@code j ≠ i} of observation {@code i}. */
	public int neighbourCount(int i) {
		int count = offsets[i + 1] - offsets[i];
		return hasSelfWeight(i) ? count - 1 : count;
	}

	/** The largest neighbour count. */
	public int maxNeighbourCount() {
		int max = 0;
		for (int i = 0; i < size(); i++) {
			max = Math.max(max, neighbourCount(i));
		}
		return max;
	}

	/** The observations without neighbours (other than themselves), ascending. */
	public int[] islands() {
		return java.util.stream.IntStream.range(0, size()).filter(i -> neighbourCount(i) == 0).toArray();
	}

	/** {@code w_ij}, or 0 if there is no entry. */
	public double weight(int i, int j) {
		int k = Arrays.binarySearch(neighbours, offsets[i], offsets[i + 1], j);
		return k < 0 ? 0 : weights[k];
	}

	/** Whether row {@code i} stores a self weight {@code w_ii}. */
	public boolean hasSelfWeight(int i) {
		return Arrays.binarySearch(neighbours, offsets[i], offsets[i + 1], i) >= 0;
	}

	/** {@code w_ii}, or 0 if there is none. */
	public double selfWeight(int i) {
		return weight(i, i);
	}

	/** How many rows store a self weight: 0 for plain weights, {@link #size()} after {@link #withSelf()}. */
	public int selfWeightCount() {
		int count = 0;
		for (int i = 0; i < size(); i++) {
			if (hasSelfWeight(i)) {
				count++;
			}
		}
		return count;
	}

	/** {@code Σ_j w_ij}, the self weight included. */
	public double rowSum(int i) {
		double sum = 0;
		for (int k = offsets[i]; k < offsets[i + 1]; k++) {
			sum += weights[k];
		}
		return sum;
	}

	/** {@code S0 = Σ_i Σ_j w_ij}. */
	public double s0() {
		double sum = 0;
		for (double w : weights) {
			sum += w;
		}
		return sum;
	}

	/** {@code S1 = ½ Σ_i Σ_j (w_ij + w_ji)²}. */
	public double s1() {
		double sum = 0;
		for (int i = 0; i < size(); i++) {
			for (int k = offsets[i]; k < offsets[i + 1]; k++) {
				double wij = weights[k];
				// ½ [(w_ij + w_ji)²] summed over ordered pairs = Σ w_ij² + Σ w_ij w_ji
				sum += wij * wij + wij * weight(neighbours[k], i);
			}
		}
		return sum;
	}

	/** {@code S2 = Σ_i (Σ_j w_ij + Σ_j w_ji)²}. */
	public double s2() {
		double[] total = new double[size()];
		for (int i = 0; i < size(); i++) {
			for (int k = offsets[i]; k < offsets[i + 1]; k++) {
				total[i] += weights[k];
				total[neighbours[k]] += weights[k];
			}
		}
		double sum = 0;
		for (double t : total) {
			sum += t * t;
		}
		return sum;
	}

	/** Whether {@code w_ij = w_ji} exactly for every pair. */
	public boolean isSymmetric() {
		for (int i = 0; i < size(); i++) {
			for (int k = offsets[i]; k < offsets[i + 1]; k++) {
				int j = neighbours[k];
				int back = Arrays.binarySearch(neighbours, offsets[j], offsets[j + 1], i);
				if (back < 0 || weights[back] != weights[k]) {
					return false;
				}
			}
		}
		return true;
	}

	/** These weights with every stored weight set to 1 (entries of weight 0 dropped). */
	public SpatialWeights binary() {
		int[] newOffsets = new int[offsets.length];
		int count = 0;
		for (double w : weights) {
			if (w != 0) {
				count++;
			}
		}
		int[] newNeighbours = new int[count];
		double[] newWeights = new double[count];
		int position = 0;
		for (int i = 0; i < size(); i++) {
			for (int k = offsets[i]; k < offsets[i + 1]; k++) {
				if (weights[k] != 0) {
					newNeighbours[position] = neighbours[k];
					newWeights[position++] = 1;
				}
			}
			newOffsets[i + 1] = position;
		}
		return new SpatialWeights(ids, newOffsets, newNeighbours, newWeights, Transform.BINARY);
	}

	/**
	 * These weights with each row divided by its sum ({@code w_ij / Σ_j w_ij}), the self weight
	 * included; rows summing to 0 (islands) stay empty.
	 */
	public SpatialWeights rowStandardised() {
		double[] newWeights = new double[weights.length];
		for (int i = 0; i < size(); i++) {
			double sum = rowSum(i);
			for (int k = offsets[i]; k < offsets[i + 1]; k++) {
				newWeights[k] = sum > 0 ? weights[k] / sum : 0;
			}
		}
		return new SpatialWeights(ids, offsets, neighbours, newWeights, Transform.ROW_STANDARDISED);
	}

	/**
	 * These weights with a self weight in every row, for Getis-Ord Gi*. A row that has none gets
	 * {@code w_ii = max_j w_ij}, the largest weight in the row (1 for binary weights and for a row with
	 * no entries); rows that already have one keep it. Row-standardised weights are standardised again
	 * afterwards, so binary weights made row-standardised give the same result in either order: for
	 * {@code k} neighbours, each of the {@code k + 1} weights is {@code 1/(k+1)}. This is the PySAL
	 * convention (esda {@code G_Local}, {@code star=True}).
	 */
	public SpatialWeights withSelf() {
		if (selfWeightCount() == size()) {
			return this;
		}
		int n = size();
		int[] newOffsets = new int[n + 1];
		int[] newNeighbours = new int[neighbours.length + n - selfWeightCount()];
		double[] newWeights = new double[newNeighbours.length];
		int position = 0;
		for (int i = 0; i < n; i++) {
			int start = offsets[i];
			int end = offsets[i + 1];
			boolean hasSelf = Arrays.binarySearch(neighbours, start, end, i) >= 0;
			double max = 0;
			for (int k = start; k < end; k++) {
				max = Math.max(max, weights[k]);
			}
			double selfWeight = end > start ? max : 1;
			boolean added = hasSelf;
			for (int k = start; k < end; k++) {
				if (!added && neighbours[k] > i) {
					newNeighbours[position] = i;
					newWeights[position++] = selfWeight;
					added = true;
				}
				newNeighbours[position] = neighbours[k];
				newWeights[position++] = weights[k];
			}
			if (!added) {
				newNeighbours[position] = i;
				newWeights[position++] = selfWeight;
			}
			newOffsets[i + 1] = position;
		}
		SpatialWeights result = new SpatialWeights(ids, newOffsets, newNeighbours, newWeights,
				transform == Transform.ROW_STANDARDISED ? Transform.GENERAL : transform);
		return transform == Transform.ROW_STANDARDISED ? result.rowStandardised() : result;
	}

	/**
	 * These weights without self weights; row-standardised weights are standardised again afterwards.
	 */
	public SpatialWeights withoutSelf() {
		int selfCount = selfWeightCount();
		if (selfCount == 0) {
			return this;
		}
		int n = size();
		int[] newOffsets = new int[n + 1];
		int[] newNeighbours = new int[neighbours.length - selfCount];
		double[] newWeights = new double[newNeighbours.length];
		int position = 0;
		for (int i = 0; i < n; i++) {
			for (int k = offsets[i]; k < offsets[i + 1]; k++) {
				if (neighbours[k] != i) {
					newNeighbours[position] = neighbours[k];
					newWeights[position++] = weights[k];
				}
			}
			newOffsets[i + 1] = position;
		}
		SpatialWeights result = new SpatialWeights(ids, newOffsets, newNeighbours, newWeights,
				transform == Transform.ROW_STANDARDISED ? Transform.GENERAL : transform);
		return transform == Transform.ROW_STANDARDISED ? result.rowStandardised() : result;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof SpatialWeights w && w.transform == transform && w.ids.equals(ids)
				&& Arrays.equals(w.offsets, offsets) && Arrays.equals(w.neighbours, neighbours)
				&& Arrays.equals(w.weights, weights);
	}

	@Override
	public int hashCode() {
		return Objects.hash(ids, transform, Arrays.hashCode(offsets), Arrays.hashCode(neighbours),
				Arrays.hashCode(weights));
	}

	@Override
	public String toString() {
		return "SpatialWeights[" + size() + " observations, " + entryCount() + " entries, " + transform + "]";
	}

	/**
	 * Collects entries {@code (i, j, w_ij)} in any order; {@link #build()} sorts each row and refuses
	 * duplicates. The result is {@link Transform#BINARY} if every weight is 1, else
	 * {@link Transform#GENERAL}.
	 */
	public static final class Builder {

		private final List<String> ids;

		private int[] rows = new int[16];

		private int[] columns = new int[16];

		private double[] values = new double[16];

		private int count;

		private Builder(List<String> ids) {
			this.ids = ids;
		}

		/**
		 * Adds {@code w_ij}. {@code i == j} is a self weight.
		 * @throws IllegalArgumentException if an index is out of range or the weight is negative or not finite
		 */
		public Builder add(int i, int j, double weight) {
			int n = ids.size();
			if (i < 0 || i >= n || j < 0 || j >= n) {
				throw new IllegalArgumentException("Entry (" + i + ", " + j + ") is outside " + n + " observations");
			}
			if (!(weight >= 0) || !Double.isFinite(weight)) {
				throw new IllegalArgumentException("The weight of (" + ids.get(i) + ", " + ids.get(j)
						+ ") must be a finite non-negative number, not " + weight);
			}
			if (count == rows.length) {
				rows = Arrays.copyOf(rows, count * 2);
				columns = Arrays.copyOf(columns, count * 2);
				values = Arrays.copyOf(values, count * 2);
			}
			rows[count] = i;
			columns[count] = j;
			values[count++] = weight;
			return this;
		}

		/** Adds {@code w_ij} and {@code w_ji}, both equal to {@code weight}. */
		public Builder addSymmetric(int i, int j, double weight) {
			add(i, j, weight);
			if (i != j) {
				add(j, i, weight);
			}
			return this;
		}

		/**
		 * The weights.
		 * @throws IllegalArgumentException if an entry was added twice
		 */
		public SpatialWeights build() {
			int n = ids.size();
			int[] offsets = new int[n + 1];
			for (int e = 0; e < count; e++) {
				offsets[rows[e] + 1]++;
			}
			for (int i = 0; i < n; i++) {
				offsets[i + 1] += offsets[i];
			}
			// Counting sort by row, then sort each row by column (keys pack column and entry position).
			long[] keys = new long[count];
			int[] fill = Arrays.copyOf(offsets, n);
			for (int e = 0; e < count; e++) {
				keys[fill[rows[e]]++] = ((long) columns[e] << 32) | e;
			}
			int[] neighbours = new int[count];
			double[] weights = new double[count];
			boolean binary = true;
			for (int i = 0; i < n; i++) {
				Arrays.sort(keys, offsets[i], offsets[i + 1]);
				for (int k = offsets[i]; k < offsets[i + 1]; k++) {
					int column = (int) (keys[k] >>> 32);
					int entry = (int) keys[k];
					if (k > offsets[i] && neighbours[k - 1] == column) {
						throw new IllegalArgumentException("The entry (" + ids.get(i) + ", " + ids.get(column)
								+ ") was given twice");
					}
					neighbours[k] = column;
					weights[k] = values[entry];
					binary &= values[entry] == 1;
				}
			}
			return new SpatialWeights(ids, offsets, neighbours, weights, binary ? Transform.BINARY : Transform.GENERAL);
		}

	}

	/** Neighbour lists per observation, for builders that find neighbours one observation at a time. */
	static SpatialWeights fromLists(List<String> ids, List<int[]> neighbourLists) {
		int n = ids.size();
		int[] offsets = new int[n + 1];
		for (int i = 0; i < n; i++) {
			offsets[i + 1] = offsets[i] + neighbourLists.get(i).length;
		}
		int[] neighbours = new int[offsets[n]];
		for (int i = 0; i < n; i++) {
			int[] list = neighbourLists.get(i).clone();
			Arrays.sort(list);
			for (int k = 1; k < list.length; k++) {
				if (list[k] == list[k - 1]) {
					throw new IllegalStateException("duplicate neighbour " + list[k] + " of " + i);
				}
			}
			System.arraycopy(list, 0, neighbours, offsets[i], list.length);
		}
		double[] weights = new double[neighbours.length];
		Arrays.fill(weights, 1);
		return new SpatialWeights(ids, offsets, neighbours, weights, Transform.BINARY);
	}

}
