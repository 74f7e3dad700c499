package org.csphub.analyse.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

import org.csphub.shared.cli.CliUsageException;

/**
 * Reads dates and times from data files. Without a pattern it accepts {@code yyyy-MM} (police.uk's
 * {@code Month}: the first of the month), {@code yyyy-MM-dd}, {@code dd/MM/yyyy} (British order, as
 * the Chicago reference file), and either date followed by a time ({@code yyyy-MM-ddTHH:mm[:ss]},
 * {@code yyyy-MM-dd HH:mm[:ss]}, {@code dd/MM/yyyy HH:mm[:ss]}). With a pattern
 * ({@link DateTimeFormatter} letters, such as {@code MM/dd/yyyy} or {@code yyyy-MM}) it accepts that
 * pattern only; a pattern without a day gives the first of the month. Whether every value was a month
 * alone is recorded, so that commands can say so and choose month units.
 */
public final class Dates {

	private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{1,2}");

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");

	private static final Pattern BRITISH_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-M-d", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter BRITISH = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm[:ss[.SSS]]", Locale.ROOT);

	private final DateTimeFormatter pattern;

	private final String patternText;

	private boolean anyFinerThanMonth;

	private boolean anyValue;

	/** @param pattern a {@link DateTimeFormatter} pattern, or null for the formats listed above */
	public Dates(String pattern) {
		this.patternText = pattern;
		if (pattern == null) {
			this.pattern = null;
			return;
		}
		try {
			this.pattern = DateTimeFormatter.ofPattern(pattern, Locale.UK);
		}
		catch (IllegalArgumentException ex) {
			throw new CliUsageException("--date-format " + pattern + " is not a date pattern: " + ex.getMessage());
		}
	}

	/** Whether every value read so far was a month alone (and at least one was read). */
	public boolean monthsOnly() {
		return anyValue && !anyFinerThanMonth;
	}

	/** The date and time, or null when the text is not a date in the accepted formats. */
	public LocalDateTime parse(String text) {
		LocalDateTime result = pattern == null ? parseKnown(text) : parsePattern(text);
		if (result != null) {
			anyValue = true;
		}
		return result;
	}

	/** What the accepted formats are, for messages. */
	public String describe() {
		return patternText != null ? "the pattern " + patternText
				: "yyyy-MM, yyyy-MM-dd or dd/MM/yyyy (optionally with a time); use --date-format for another";
	}

	private LocalDateTime parseKnown(String text) {
		try {
			if (MONTH.matcher(text).matches()) {
				int dash = text.indexOf('-');
				return YearMonth.of(Integer.parseInt(text.substring(0, dash)), Integer.parseInt(text.substring(dash + 1)))
					.atDay(1)
					.atStartOfDay();
			}
			String datePart = text;
			String timePart = null;
			int split = indexOfTimeSeparator(text);
			if (split > 0) {
				datePart = text.substring(0, split);
				timePart = text.substring(split + 1).trim();
			}
			LocalDate date;
			if (ISO_DATE.matcher(datePart).matches()) {
				date = LocalDate.parse(datePart, ISO);
			}
			else if (BRITISH_DATE.matcher(datePart).matches()) {
				date = LocalDate.parse(datePart, BRITISH);
			}
			else {
				return null;
			}
			anyFinerThanMonth = true;
			return timePart == null ? date.atStartOfDay() : date.atTime(LocalTime.parse(timePart, TIME));
		}
		catch (java.time.DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	private static int indexOfTimeSeparator(String text) {
		int t = text.indexOf('T');
		return t > 0 ? t : text.indexOf(' ');
	}

	private LocalDateTime parsePattern(String text) {
		try {
			TemporalAccessor parsed = pattern.parseBest(text, LocalDateTime::from, LocalDate::from, YearMonth::from);
			if (parsed instanceof LocalDateTime dateTime) {
				anyFinerThanMonth = true;
				return dateTime;
			}
			if (parsed instanceof LocalDate date) {
				anyFinerThanMonth = true;
				return date.atStartOfDay();
			}
			return ((YearMonth) parsed).atDay(1).atStartOfDay();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
