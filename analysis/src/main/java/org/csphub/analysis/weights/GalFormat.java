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
 * Reads and writes contiguity weights in GeoDa's {@code .gal} format (also read by PySAL).
 *
 * <p><b>Format.</b> A header line, then one record per observation: a line {@code "id k"} followed by
 * the {@code k} neighbour ids, whitespace-separated (GeoDa puts them on one line, and writes an empty
 * line when {@code k = 0}).
 * <pre>
 * 0 3 wards CODE        (or "3", or "3 wards CODE")
 * E05000001 2
 * E05000002 E05000003
 * E05000002 1
 * E05000001
 * E05000003 1
 * E05000001
 * </pre>
 *
 * <p><b>Contract.</b>
 * <ul>
 * <li>Header: {@code "n"}, GeoDa's {@code "0 n shapefile id-variable"} (the leading 0 is a flag) or
 * {@code "n shapefile id-variable"}; only {@code n} is used. Blank lines are ignored everywhere and
 * neighbour ids may run over several lines.</li>
 * <li>Ids are strings (GeoDa writes the id variable's values, or 1-based record numbers); the reader
 * maps them to observations. {@link #read(Reader)} numbers observations in the order of their
 * records; {@link #read(Reader, List)} uses the caller's observation order, and then every record must
 * name one of those ids and every observation must have a record.</li>
 * <li>The result is {@link SpatialWeights.Transform#BINARY}: each listed neighbour has weight 1. Lists
 * need not be symmetric (k-nearest-neighbour files are not); an observation listed as its own
 * neighbour gets a self weight.</li>
 * <li>Errors throw {@link WeightsFormatException} naming the line and the problem: a header without
 * a count, a record line that is not {@code "id k"}, a count that is not a whole number, a duplicate
 * record or neighbour, a neighbour id without a record, fewer or more records than the header
 * announces.</li>
 * <li>{@link #write} writes binary weights only (the format has no weights: write other weights with
 * {@link GwtFormat}), records in observation order, neighbours in ascending observation order, with
 * {@code "\n"} line ends. Reading what was written gives equal weights.</li>
 * </ul>
 */
public final class GalFormat {

	private GalFormat() {
	}

	/** Reads weights whose observations are the records, in file order. */
	public static SpatialWeights read(Reader reader) throws IOException {
		return read(reader, null);
	}

	/**
	 * Reads weights for the given observation ids (null: the records, in file order).
	 * @throws WeightsFormatException if the file is malformed or does not match the ids
	 */
	public static SpatialWeights read(Reader reader, List<String> ids) throws IOException {
		Objects.requireNonNull(reader, "reader");
		WeightsFileLines lines = new WeightsFileLines(reader);
		int n = lines.header("GAL");
		int headerLine = lines.lineNumber();
		if (ids != null && ids.size() != n) {
			throw new WeightsFormatException(headerLine, "the header announces " + n + " observations but "
					+ ids.size() + " were expected");
		}
		List<String> recordIds = new ArrayList<>(n);
		Map<String, Integer> recordLine = new HashMap<>();
		List<String[]> neighbourIds = new ArrayList<>(n);
		List<int[]> neighbourLines = new ArrayList<>(n);
		String[] tokens;
		while ((tokens = lines.next()) != null) {
			int line = lines.lineNumber();
			if (recordIds.size() == n) {
				throw new WeightsFormatException(line, "more records than the " + n + " observations the header (line "
						+ headerLine + ") announces: '" + String.join(" ", tokens) + "'");
			}
			if (tokens.length != 2) {
				throw new WeightsFormatException(line, "a record should start with a line 'id neighbour-count', not '"
						+ String.join(" ", tokens) + "'");
			}
			String id = tokens[0];
			if (!WeightsFileLines.isWholeNumber(tokens[1])) {
				throw new WeightsFormatException(line, "the neighbour count '" + tokens[1] + "' of id " + id
						+ " is not a whole number");
			}
			int k = Integer.parseInt(tokens[1]);
			Integer earlier = recordLine.put(id, line);
			if (earlier != null) {
				throw new WeightsFormatException(line, "id " + id + " already has a record at line " + earlier);
			}
			String[] neighbours = new String[k];
			int[] where = new int[k];
			int found = 0;
			while (found < k) {
				String[] more = lines.next();
				if (more == null) {
					throw new WeightsFormatException(0, "the file ends after " + found + " of the " + k
							+ " neighbours of id " + id + " (line " + line + ")");
				}
				if (found + more.length > k) {
					throw new WeightsFormatException(lines.lineNumber(), "id " + id + " (line " + line + ") has " + k
							+ " neighbours but " + (found + more.length) + " are listed");
				}
				for (String neighbour : more) {
					where[found] = lines.lineNumber();
					neighbours[found++] = neighbour;
				}
			}
			recordIds.add(id);
			neighbourIds.add(neighbours);
			neighbourLines.add(where);
		}
		if (recordIds.size() < n) {
			throw new WeightsFormatException(0, "the file has " + recordIds.size() + " records but its header (line "
					+ headerLine + ") announces " + n);
		}
		return assemble(recordIds, recordLine, neighbourIds, neighbourLines, ids);
	}

	private static SpatialWeights assemble(List<String> recordIds, Map<String, Integer> recordLine,
			List<String[]> neighbourIds, List<int[]> neighbourLines, List<String> ids) throws IOException {
		List<String> observations = ids == null ? recordIds : ids;
		SpatialWeights.Builder builder = SpatialWeights.builder(observations);
		Map<String, Integer> index = new HashMap<>(observations.size() * 2);
		for (int i = 0; i < observations.size(); i++) {
			index.put(observations.get(i), i);
		}
		for (String id : recordIds) {
			if (!index.containsKey(id)) {
				throw new WeightsFormatException(recordLine.get(id), "id " + id + " is not one of the observations");
			}
		}
		for (int r = 0; r < recordIds.size(); r++) {
			String id = recordIds.get(r);
			int i = index.get(id);
			String[] neighbours = neighbourIds.get(r);
			for (int k = 0; k < neighbours.length; k++) {
				Integer j = index.get(neighbours[k]);
				if (j == null) {
					throw new WeightsFormatException(neighbourLines.get(r)[k], "neighbour " + neighbours[k] + " of id "
							+ id + " has no record in the file");
				}
				for (int earlier = 0; earlier < k; earlier++) {
					if (neighbours[earlier].equals(neighbours[k])) {
						throw new WeightsFormatException(neighbourLines.get(r)[k], "neighbour " + neighbours[k]
								+ " of id " + id + " is listed twice");
					}
				}
				builder.add(i, j, 1);
			}
		}
		// Every observation has a record: the counts match, and record ids are unique and known.
		return builder.build();
	}

	/** Writes binary weights with the header {@code "n"}. */
	public static void write(SpatialWeights weights, Writer writer) throws IOException {
		write(weights, writer, null, null);
	}

	/**
	 * Writes binary weights; with a shapefile name and id variable (both or neither), the header is
	 * GeoDa's {@code "0 n shapefile id-variable"}, else {@code "n"}.
	 * @throws IllegalArgumentException if the weights are not binary, or an id or name is empty or
	 *         contains whitespace
	 */
	public static void write(SpatialWeights weights, Writer writer, String shapefile, String idVariable)
			throws IOException {
		Objects.requireNonNull(weights, "weights");
		Objects.requireNonNull(writer, "writer");
		if (weights.transform() != SpatialWeights.Transform.BINARY) {
			throw new IllegalArgumentException("A GAL file holds binary contiguity only; these weights are "
					+ weights.transform() + ": write weights.binary(), or use GwtFormat to keep the weights");
		}
		if ((shapefile == null) != (idVariable == null)) {
			throw new IllegalArgumentException("Give both the shapefile name and the id variable, or neither");
		}
		WeightsFileLines.checkIds(weights.ids());
		if (shapefile == null) {
			writer.write(weights.size() + "\n");
		}
		else {
			WeightsFileLines.writeHeader(writer, weights.size(), shapefile, idVariable);
		}
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < weights.size(); i++) {
			writer.write(weights.id(i) + " " + (weights.rowEnd(i) - weights.rowStart(i)) + "\n");
			line.setLength(0);
			for (int k = weights.rowStart(i); k < weights.rowEnd(i); k++) {
				if (k > weights.rowStart(i)) {
					line.append(' ');
				}
				line.append(weights.id(weights.neighbourAt(k)));
			}
			writer.write(line.append('\n').toString());
		}
		writer.flush();
	}

}
