package org.csphub.incidents.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.csphub.areas.AreaMatch;
import org.csphub.incidents.ImportProgress;

/** Scratch timing of the parse + validate + project (+ trivial locate) path on a folder of months. */
public class ParseAssignProbe {

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		for (int round = 0; round < 3; round++) {
			ImportContext context = new ImportContext((e, n) -> new AreaMatch(true, "L", "W", null, List.of()), Set.of(),
					ImportProgress.NONE);
			long[] stored = { 0 };
			IncidentWriter counting = new IncidentWriter() {
				@Override
				public void add(IncidentRow row) {
					stored[0]++;
				}

				@Override
				public void close() {
				}
			};
			long start = System.nanoTime();
			try (CsvEntries entries = new CsvEntries()) {
				for (CsvEntry entry : entries.expand(List.of(folder), context.problems)) {
					try (InputStream in = entry.open(); CsvRows rows = new CsvRows(entry.name(), in, context.problems)) {
						rows.header();
						new StreetCrimeFile(context, counting).read(entry.name(), "leicestershire", rows);
					}
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("round %d: %d rows, %d stored, %.2f s, %.0f rows/s%n", round, context.rowsRead, stored[0],
					seconds, context.rowsRead / seconds);
		}
	}

}
