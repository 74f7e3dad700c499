package org.csphub.incidents.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csphub.incidents.ImportKind;

/**
 * The three file layouts data.police.uk publishes, recognised by their header, and the force named in
 * their file names ({@code 2019-12-leicestershire-street.csv}).
 */
final class PoliceUkFormat {

	static final List<String> STREET = List.of("Crime ID", "Month", "Reported by", "Falls within", "Longitude",
			"Latitude", "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context");

	static final List<String> OUTCOMES = List.of("Crime ID", "Month", "Reported by", "Falls within", "Longitude",
			"Latitude", "Location", "LSOA code", "LSOA name", "Outcome type");

	static final List<String> STOP_SEARCH = List.of("Type", "Date", "Part of a policing operation",
			"Policing operation", "Latitude", "Longitude", "Gender", "Age range", "Self-defined ethnicity",
			"Officer-defined ethnicity", "Legislation", "Object of search", "Outcome",
			"Outcome linked to object of search", "Removal of more than just outer clothing");

	private static final Pattern FILE_NAME = Pattern
		.compile("(\\d{4}-\\d{2})-([a-z0-9-]+?)-(street|outcomes|stop-and-search)\\.csv", Pattern.CASE_INSENSITIVE);

	private PoliceUkFormat() {
	}

	static Optional<ImportKind> kindOf(List<String> header) {
		if (header.equals(STREET)) {
			return Optional.of(ImportKind.POLICE_UK_STREET);
		}
		if (header.equals(OUTCOMES)) {
			return Optional.of(ImportKind.POLICE_UK_OUTCOMES);
		}
		if (header.equals(STOP_SEARCH)) {
			return Optional.of(ImportKind.POLICE_UK_STOP_SEARCH);
		}
		return Optional.empty();
	}

	/** Says how a header differs from the nearest police.uk layout. */
	static String describeMismatch(List<String> header) {
		List<String> nearest = STREET;
		int best = overlap(header, STREET);
		for (List<String> candidate : List.of(OUTCOMES, STOP_SEARCH)) {
			int score = overlap(header, candidate);
			if (score > best) {
				best = score;
				nearest = candidate;
			}
		}
		List<String> missing = nearest.stream().filter(c -> !header.contains(c)).toList();
		List<String> unexpected = header.stream().filter(c -> !STREET.contains(c) && !OUTCOMES.contains(c)
				&& !STOP_SEARCH.contains(c)).toList();
		StringBuilder message = new StringBuilder("the header is not a police.uk street, outcomes or stop-and-search header");
		if (!missing.isEmpty()) {
			message.append("; missing columns: ").append(String.join(", ", missing));
		}
		if (!unexpected.isEmpty()) {
			message.append("; unexpected columns: ").append(String.join(", ", unexpected));
		}
		if (missing.isEmpty() && unexpected.isEmpty()) {
			message.append("; the columns are in the wrong order, expected: ").append(String.join(",", nearest));
		}
		return message.toString();
	}

	private static int overlap(List<String> header, List<String> layout) {
		return (int) header.stream().filter(layout::contains).count();
	}

	/** The force slug in a police.uk file name, if the name follows the published pattern. */
	static Optional<String> forceOf(String fileName) {
		Matcher matcher = FILE_NAME.matcher(fileName);
		return matcher.matches() ? Optional.of(matcher.group(2).toLowerCase(Locale.ROOT)) : Optional.empty();
	}

	/** A force name as a slug: "Leicestershire Police" becomes {@code leicestershire}. */
	static String slug(String forceName) {
		String slug = forceName.toLowerCase(Locale.ROOT)
			.replace("&", "and")
			.replaceAll("\\bpolice\\b", "")
			.replaceAll("\\bconstabulary\\b", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		return slug.isEmpty() ? "unknown" : slug;
	}

}
