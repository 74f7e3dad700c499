package org.csphub.analysis.nearrepeat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The Chicago residential burglaries of the Knox reference (test resource
 * {@code reference/knox/chicago_burglary_2014_2017.csv.gz}: x, y in metres, date_single dd/mm/yyyy).
 */
final class ChicagoBurglaries {

	private static final String RESOURCE = "/reference/knox/chicago_burglary_2014_2017.csv.gz";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private ChicagoBurglaries() {
	}

	/** The events dated from {@code first} to {@code last}, both inclusive, in file order. */
	static List<KnoxEvent> between(LocalDate first, LocalDate last) {
		List<KnoxEvent> events = new ArrayList<>();
		try (InputStream in = ChicagoBurglaries.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing test resource " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
			String header = reader.readLine();
			if (!"x,y,date_single".equals(header)) {
				throw new IllegalStateException("Unexpected header " + header);
			}
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				String[] fields = line.split(",");
				LocalDate date = LocalDate.parse(fields[2].trim(), DATE);
				if (!date.isBefore(first) && !date.isAfter(last)) {
					events.add(KnoxEvent.on(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]), date));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return events;
	}

	/** The 2016 events of the Knox reference. */
	static List<KnoxEvent> year2016() {
		return between(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31));
	}

}
