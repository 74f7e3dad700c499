package org.csphub.reporting.charts;

import java.util.Locale;

/** How a chart writes its values: the same styles as a report's table columns. */
public enum NumberStyle {

	/** A whole number: 1,234. */
	COUNT,
	/** One decimal place: 12.3. */
	DECIMAL,
	/** A fraction as a percentage with one decimal place: 0.123 as 12.3%. */
	PERCENT;

	public String format(double value) {
		return switch (this) {
			case COUNT -> String.format(Locale.UK, "%,d", Math.round(value));
			case DECIMAL -> String.format(Locale.UK, "%,.1f", value);
			case PERCENT -> String.format(Locale.UK, "%,.1f%%", value * 100);
		};
	}

	/** An axis label: no decimals where the step is whole. */
	String axis(double value) {
		return switch (this) {
			case COUNT -> String.format(Locale.UK, "%,d", Math.round(value));
			case DECIMAL -> value == Math.rint(value) ? String.format(Locale.UK, "%,d", Math.round(value))
					: String.format(Locale.UK, "%,.1f", value);
			case PERCENT -> value * 100 == Math.rint(value * 100) ? String.format(Locale.UK, "%d%%", Math.round(value * 100))
					: String.format(Locale.UK, "%.1f%%", value * 100);
		};
	}

}
