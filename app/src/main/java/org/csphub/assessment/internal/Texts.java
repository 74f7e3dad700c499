package org.csphub.assessment.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.csphub.assessment.AssessmentPeriod;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The assessment's words from the message bundles ({@code i18n/assessment.properties} and the shared
 * {@code messages.properties}), in British English, with its ways of writing months and periods.
 */
@Component
public class Texts {

	public static final Locale LOCALE = Locale.UK;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", LOCALE);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);

	private final MessageSource messages;

	Texts(MessageSource messages) {
		this.messages = messages;
	}

	public String get(String key, Object... args) {
		return messages.getMessage(key, args, LOCALE);
	}

	/** The message for a code, or the English default when the bundles have none. */
	public String orDefault(String key, String english) {
		return messages.getMessage(key, null, english, LOCALE);
	}

	/** The message for a code with its arguments, or the English default when the bundles have none. */
	public String message(String key, String english, Object... args) {
		return messages.getMessage(key, args, english, LOCALE);
	}

	public static String month(YearMonth month) {
		return MONTH.format(month);
	}

	public static String day(LocalDate date) {
		return DAY.format(date);
	}

	/** "May 2021 to April 2022", or "April 2022" for one month. */
	public String months(YearMonth first, YearMonth last) {
		return first.equals(last) ? month(first) : get("assessment.period.range", month(first), month(last));
	}

	/** The assessment's name from its period: "12 months to April 2022" or "May 2021 to April 2022". */
	public String title(AssessmentPeriod period) {
		return period.months() == 12 ? get("assessment.period.twelveMonthsTo", month(period.last()))
				: months(period.first(), period.last());
	}

	/** "May 2021 to April 2022, compared with May 2020 to April 2021". */
	public String periodWithComparison(AssessmentPeriod period) {
		return get("assessment.period.compared", months(period.first(), period.last()),
				months(period.comparisonFirst(), period.comparisonLast()));
	}

}
