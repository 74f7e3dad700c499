package org.csphub.assessment.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.csphub.analysis.concentration.PlaceCounts;
import org.csphub.reporting.Block;

/** The notes that several sections share: no data, missing months, approximate locations. */
final class Notes {

	static final String APPROXIMATE_LOCATIONS = PlaceCounts.SNAPPED_LOCATIONS_CAVEAT;

	private Notes() {
	}

	static Block.Note noPoliceData(AssessmentInputs in) {
		String which = in.sources.police().isEmpty() ? "No police.uk street-level data is loaded"
				: "No police.uk street-level data is loaded for " + Format.period(in.period.first(), in.period.last());
		return new Block.Note(which + ", so this section cannot be computed. Import the months from data.police.uk "
				+ "(Data imports) and compute the assessment again.");
	}

	/** A note naming the months of either period without police data, if any. */
	static Optional<Block.Note> missingMonths(AssessmentInputs in) {
		List<YearMonth> now = missing(in, in.period.first(), in.period.last());
		List<YearMonth> before = missing(in, in.period.comparisonFirst(), in.period.comparisonLast());
		if (now.isEmpty() && before.isEmpty()) {
			return Optional.empty();
		}
		StringBuilder text = new StringBuilder("Months with no police.uk data (not loaded; missing, not zero): ");
		if (!now.isEmpty()) {
			text.append(Format.months(now)).append(" in the assessment period");
		}
		if (!before.isEmpty()) {
			text.append(now.isEmpty() ? "" : "; ").append(Format.months(before)).append(" in the comparison period");
		}
		text.append(". Counts cover the loaded months only, and changes compare the average monthly count over the "
				+ "months loaded in each period, which seasonal patterns can bias.");
		return Optional.of(new Block.Note(text.toString()));
	}

	static List<YearMonth> missing(AssessmentInputs in, YearMonth first, YearMonth last) {
		List<YearMonth> missing = new java.util.ArrayList<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			if (!in.policeMonths.contains(m)) {
				missing.add(m);
			}
		}
		return missing;
	}

}
