package org.csphub.assessment.internal;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.csphub.analysis.change.ChangeVerdict;
import org.csphub.analysis.change.RateComparison;

/** How the assessment words its numbers: UK English, thousands separated, months by name. */
final class Format {

	private Format() {
	}

	/** 12,345. */
	static String count(long value) {
		return String.format(Locale.UK, "%,d", value);
	}

	/** 12.3 */
	static String decimal(double value) {
		return String.format(Locale.UK, "%,.1f", value);
	}

	/** 12.3% of a fraction 0.123. */
	static String percent(double fraction) {
		return String.format(Locale.UK, "%.1f%%", fraction * 100);
	}

	/** "+12.3%" or "−4.0%" of a change already in per cent. */
	static String change(double percent) {
		return (percent > 0 ? "+" : percent < 0 ? "\u2212" : "") + String.format(Locale.UK, "%.1f%%", Math.abs(percent));
	}

	/** "p < 0.001" or "p = 0.023". */
	static String p(double p) {
		return p < 0.001 ? "p < 0.001" : String.format(Locale.UK, "p = %.3f", p);
	}

	static String verdict(ChangeVerdict verdict) {
		return switch (verdict) {
			case SIGNIFICANT_RISE -> "Significant rise";
			case SIGNIFICANT_FALL -> "Significant fall";
			case NO_SIGNIFICANT_CHANGE -> "No significant change";
			case TOO_FEW_TO_TELL -> "Too few to tell";
		};
	}

	/** "+12.3% (significant rise, p < 0.001)", or "no comparison: …" when there is none. */
	static String comparison(RateComparison comparison) {
		StringBuilder text = new StringBuilder();
		OptionalDouble percent = comparison.percentChange();
		text.append(percent.isPresent() ? change(percent.getAsDouble()) : "new (none before)");
		text.append(" (").append(verdict(comparison.verdict()).toLowerCase(Locale.UK));
		if (comparison.verdict() != ChangeVerdict.TOO_FEW_TO_TELL) {
			text.append(", ").append(p(comparison.pValue()));
		}
		return text.append(')').toString();
	}

	/** "January 2022". */
	static String month(YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
	}

	/** "Jan" */
	static String shortMonth(YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK);
	}

	/** "May 2021 to April 2022". */
	static String period(YearMonth first, YearMonth last) {
		return first.equals(last) ? month(first) : month(first) + " to " + month(last);
	}

	/** "March 2021, May 2021 and June 2021". */
	static String months(List<YearMonth> months) {
		List<String> names = months.stream().map(Format::month).toList();
		return list(names);
	}

	/** "a", "a and b", "a, b and c". */
	static String list(List<String> items) {
		if (items.isEmpty()) {
			return "";
		}
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

	/** "1 month" or "12 months". */
	static String plural(long n, String one, String many) {
		return count(n) + " " + (n == 1 ? one : many);
	}

}
