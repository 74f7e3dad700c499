package org.csphub.explore.web;

import java.util.Locale;

/** Signed differences and percentages as the profile page writes them: "+134", "−12 (−8.5%)". */
public final class Figures {

	private Figures() {
	}

	public static String signed(Long value) {
		if (value == null) {
			return "";
		}
		return (value > 0 ? "+" : value < 0 ? "−" : "") + String.format(Locale.UK, "%,d", Math.abs(value));
	}

	public static String percent(Double value) {
		if (value == null) {
			return "";
		}
		String number = String.format(Locale.UK, "%.1f", Math.abs(value));
		return (value > 0.05 ? "+" : value < -0.05 ? "−" : "") + number + "%";
	}

	public static String change(Long difference, Double percent) {
		return percent == null ? signed(difference) : signed(difference) + " (" + percent(percent) + ")";
	}

}
