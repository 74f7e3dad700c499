package org.csphub.assessment.internal;

import java.util.Optional;

import org.csphub.analysis.aggregate.Tally;
import org.csphub.analysis.change.ChangeVerdict;
import org.csphub.analysis.change.PoissonRateComparison;
import org.csphub.analysis.change.RateComparison;

/**
 * A count in the assessment period against the comparison period, with the exact Poisson test's verdict
 * ({@link PoissonRateComparison}: each period's exposure is its number of loaded months, so a period
 * with a missing month is compared on the months it has). No comparison when either period has no
 * loaded month.
 */
record Change(Tally now, Tally before, Optional<RateComparison> comparison) {

	static Change of(Tally now, Tally before) {
		if (now.coveredMonths() == 0 || before.coveredMonths() == 0) {
			return new Change(now, before, Optional.empty());
		}
		return new Change(now, before, Optional.of(PoissonRateComparison.compare(now, before)));
	}

	long count() {
		return now.countInCoveredMonths();
	}

	/** The comparison period's count, null when it has no loaded month. */
	Long earlier() {
		return before.coveredMonths() == 0 ? null : before.countInCoveredMonths();
	}

	/** The change in the monthly rate as a fraction (0.12 for +12%), null when not available. */
	Double fraction() {
		return comparison.filter(c -> c.percentChange().isPresent())
			.map(c -> c.percentChange().getAsDouble() / 100)
			.orElse(null);
	}

	String pText() {
		return comparison.filter(c -> c.verdict() != ChangeVerdict.TOO_FEW_TO_TELL).map(c -> Format.p(c.pValue()))
			.orElse("");
	}

	String verdictText() {
		return comparison.map(c -> Format.verdict(c.verdict())).orElse("Not available");
	}

	boolean is(ChangeVerdict verdict) {
		return comparison.filter(c -> c.verdict() == verdict).isPresent();
	}

	boolean significant() {
		return is(ChangeVerdict.SIGNIFICANT_RISE) || is(ChangeVerdict.SIGNIFICANT_FALL);
	}

	/** "5,794 against 4,886 (+18.6%, p < 0.001)": for a significant change, whose verdict is said elsewhere. */
	String against() {
		StringBuilder text = new StringBuilder(Format.count(count()));
		if (earlier() != null) {
			text.append(" against ").append(Format.count(earlier()));
		}
		comparison.ifPresent(c -> {
			text.append(" (").append(c.percentChange().isPresent() ? Format.change(c.percentChange().getAsDouble()) : "new");
			if (c.verdict() != ChangeVerdict.TOO_FEW_TO_TELL) {
				text.append(", ").append(Format.p(c.pValue()));
			}
			text.append(')');
		});
		return text.toString();
	}

	/** "+12.3% on the comparison period (significant rise, p < 0.001)", or why there is none. */
	String text() {
		return comparison.map(c -> Format.comparison(c) + " on the comparison period")
			.orElse("no comparison: no data is loaded for " + (now.coveredMonths() == 0 ? "the assessment period"
					: "the comparison period"));
	}

}
