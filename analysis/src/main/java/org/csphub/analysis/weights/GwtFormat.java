package org.csphub.analysis.weights;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes weights in GeoDa's {@code .gwt} format (also read by PySAL): one line per non-zero
 * weight.
 *
 * <p><b>Format.</b> A header line, then lines {@code "i j w"}: observation id, neighbour id, weight.
 * <pre>
 * 0 3 wards CODE
 * E05000001 E05000002 1
 * E05000001 E05000003 0.5
 * E05000002 E05000001 1
 * </pre>
 *
 * <p><b>Contract.</b>
 * <ul>
 * <li>Header: GeoDa's {@code "0 n shapefile id-variable"} (the leading 0 is a flag), {@code "0 n"},
 * {@code "n"} or {@code "n shapefile id-variable"}; only {@code n} is used. Blank lines are
 * ignored.</li>
 * <li>Each further line has exactly three fields; the weight is a finite, non-negative decimal
 * number. A pair may appear once. {@code i = j} is a self weight.</li>
 * <li>Ids map to observations. An observation without neighbours (an island) never appears in a
 * {@code .gwt} file, so {@link #read(Reader, List)} with the caller's ids is the reliable way to read
 * one; {@link #read(Reader)} numbers observations in the order their ids first appear and fails if
 * fewer than {@code n} ids appear.</li>
 * <li>The result is {@link SpatialWeights.Transform#BINARY} if every weight is 1, else
 * {@link SpatialWeights.Transform#GENERAL} (call {@link SpatialWeights#rowStandardised()} if the file
 * holds row-standardised weights and the statistic should know).</li>
 * <li>Errors throw {@link WeightsFormatException} naming the line and the problem.</li>
 * <li>{@link #write} writes the header {@code "0 n shapefile id-variable"} ({@code "unknown"} for names
 * not given, as PySAL does), then every stored entry in observation order and ascending neighbour
 * order; weights are written exactly (whole numbers without a decimal point, others as Java's
 * shortest round-trip decimal), so reading what was written gives equal weights.</li>
 * </ul>
 */
public final class GwtFormat {

	private GwtFormat() {
	}

	/** Reads weights whose observations are numbered in the order their ids first appear. */
	public static SpatialWeights read(Reader reader) throws IOException {
		return read(reader, null);
	}

	/**
	 * Reads weights for the given observation ids (null: ids in order of first appearance).
	 * @throws WeightsFormatException if the file is malformed or does not match the ids
	 */
	public static SpatialWeights read(Reader reader, List<String> ids) throws IOException {
		Objects.requireNonNull(reader, "reader");
		WeightsFileLines lines = new WeightsFileLines(reader);
		int n = lines.header("GWT");
		int headerLine = lines.lineNumber();
		if (ids != null && ids.size() != n) {
			throw new WeightsFormatException(headerLine, "the header announces " + n + " observations but "
					+ ids.size() + " were expected");
		}
		List<String> seen = new ArrayList<>();
		Map<String, Integer> index = new HashMap<>();
		if (ids != null) {
			seen.addAll(SpatialWeights.checkedIds(ids));
			for (int i = 0; i < seen.size(); i++) {
				index.put(seen.get(i), i);
			}
		}
		List<int[]> pairs = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		Map<Long, Integer> pairLine = new HashMap<>();
		String[] tokens;
		while ((tokens = lines.next()) != null) {
			int line = lines.lineNumber();
			if (tokens.length != 3) {
				throw new WeightsFormatException(line, "expected 'id neighbour-id weight', found '"
						+ String.join(" ", tokens) + "'");
			}
			double weight;
			try {
				weight = Double.parseDouble(tokens[2]);
			}
			catch (NumberFormatException e) {
				throw new WeightsFormatException(line, "the weight '" + tokens[2] + "' is not a number");
			}
			if (!(weight >= 0) || !Double.isFinite(weight)) {
				throw new WeightsFormatException(line, "the weight " + tokens[2] + " must be finite and not negative");
			}
			int i = observation(tokens[0], index, seen, ids != null, n, line);
			int j = observation(tokens[1], index, seen, ids != null, n, line);
			Integer earlier = pairLine.put(((long) i << 32) | j, line);
			if (earlier != null) {
				throw new WeightsFormatException(line, "the pair " + tokens[0] + " " + tokens[1]
						+ " already has a weight at line " + earlier);
			}
			pairs.add(new int[] { i, j });
			values.add(weight);
		}
		if (seen.size() < n) {
			throw new WeightsFormatException(0, "the header (line " + headerLine + ") announces " + n
					+ " observations but only " + seen.size() + " ids appear; observations without neighbours "
					+ "cannot be named, so read the file with the observation ids");
		}
		SpatialWeights.Builder builder = SpatialWeights.builder(seen);
		for (int p = 0; p < pairs.size(); p++) {
			builder.add(pairs.get(p)[0], pairs.get(p)[1], values.get(p));
		}
		return builder.build();
	}

	private static int observation(String id, Map<String, Integer> index, List<String> seen, boolean fixed, int n,
			int line) throws WeightsFormatException {
		Integer i = index.get(id);
		if (i != null) {
			return i;
		}
		if (fixed) {
			throw new WeightsFormatException(line, "id " + id + " is not one of the observations");
		}
		if (seen.size() == n) {
			throw new WeightsFormatException(line, "id " + id + " is one more than the " + n
					+ " observations the header announces");
		}
		seen.add(id);
		index.put(id, seen.size() - 1);
		return seen.size() - 1;
	}

	/** Writes the weights with the header {@code "0 n unknown unknown"}. */
	public static void write(SpatialWeights weights, Writer writer) throws IOException {
		write(weights, writer, "unknown", "unknown");
	}

	/**
	 * Writes the weights with the header {@code "0 n shapefile id-variable"}.
	 * @throws IllegalArgumentException if an id or name is empty or contains whitespace
	 */
	public static void write(SpatialWeights weights, Writer writer, String shapefile, String idVariable)
			throws IOException {
		Objects.requireNonNull(weights, "weights");
		Objects.requireNonNull(writer, "writer");
		WeightsFileLines.checkIds(weights.ids());
		WeightsFileLines.writeHeader(writer, weights.size(), shapefile, idVariable);
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < weights.size(); i++) {
			for (int k = weights.rowStart(i); k < weights.rowEnd(i); k++) {
				line.setLength(0);
				line.append(weights.id(i)).append(' ').append(weights.id(weights.neighbourAt(k))).append(' ')
						.append(format(weights.weightAt(k))).append('\n');
				writer.write(line.toString());
			}
		}
		writer.flush();
	}

	static String format(double weight) {
		if (weight == Math.rint(weight) && Math.abs(weight) < 1e15) {
			return Long.toString((long) weight);
		}
		return Double.toString(weight);
	}

}
