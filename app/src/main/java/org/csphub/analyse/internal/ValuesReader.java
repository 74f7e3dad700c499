package org.csphub.analyse.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csphub.shared.cli.CommandFailedException;

/**
 * Reads one value per id from a CSV table (plain or gzip), such as the population of each LSOA, and
 * matches them to observations.
 *
 * <p>Every row needs an id and a number (thousands separators allowed); an id given twice is an error
 * naming both lines. {@link #forIds} requires a value for every observation and reports (without
 * failing) how many rows name ids that are not observations.
 */
public final class ValuesReader {

	/** @param values the value of each id, in file order; {@code lines} the line of each id */
	public record Values(String file, Map<String, Double> values, Map<String, Long> lines) {

		/**
		 * The values of the ids, in their order.
		 * @param unused receives the number of rows whose id is not one of {@code ids}
		 * @throws CommandFailedException naming the ids without a value (the first ten)
		 */
		public double[] forIds(List<String> ids, long[] unused) {
			double[] result = new double[ids.size()];
			List<String> missing = new ArrayList<>();
			int missingCount = 0;
			for (int i = 0; i < ids.size(); i++) {
				Double value = values.get(ids.get(i));
				if (value == null) {
					if (missing.size() < 10) {
						missing.add(ids.get(i));
					}
					missingCount++;
					continue;
				}
				result[i] = value;
			}
			if (missingCount > 0) {
				throw new CommandFailedException(file + ": no value for " + missingCount + " of the " + ids.size()
						+ " observations (" + String.join(", ", missing) + (missingCount > missing.size() ? ", ..." : "")
						+ "); every area or observation needs one");
			}
			Map<String, Boolean> known = new HashMap<>();
			ids.forEach(id -> known.put(id, true));
			unused[0] = values.keySet().stream().filter(id -> !known.containsKey(id)).count();
			return result;
		}

	}

	private ValuesReader() {
	}

	public static Values read(Path path, String idColumn, String valueColumn) throws IOException {
		DataFiles.Source source = DataFiles.file(path);
		Map<String, Double> values = new LinkedHashMap<>();
		Map<String, Long> lines = new HashMap<>();
		try (CsvInput in = CsvInput.open(source)) {
			int id = in.column(idColumn);
			int value = in.column(valueColumn);
			while (in.next()) {
				String key = in.get(id);
				if (key.isEmpty()) {
					throw in.problem(id, "no id");
				}
				double number = Numbers.required(in, value, "value");
				Long earlier = lines.putIfAbsent(key, in.line());
				if (earlier != null) {
					throw in.problem(id, "the id " + key + " is also on line " + earlier);
				}
				values.put(key, number);
			}
		}
		if (values.isEmpty()) {
			throw new CommandFailedException(source.name() + ": no rows of values");
		}
		return new Values(source.name(), values, lines);
	}

}
