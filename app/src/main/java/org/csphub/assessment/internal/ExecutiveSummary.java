package org.csphub.assessment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.csphub.areas.AreaType;
import org.csphub.reporting.Block;

/**
 * The executive summary: the key figures (crime and ASB with their change and verdict, the crime rate)
 * and the biggest significant changes by crime type, largest first.
 */
final class ExecutiveSummary {

	private static final int CHANGES = 5;

	private ExecutiveSummary() {
	}

	static List<Block> build(AssessmentInputs in, Findings findings) {
		if (!in.hasPeriodData()) {
			return List.of(Notes.noPoliceData(in));
		}
		Change crime = Change.of(in.now(AreaType.LSOA, in.crime()), in.before(AreaType.LSOA, in.crime()));
		Change asb = Change.of(in.now(AreaType.LSOA, in.asb()), in.before(AreaType.LSOA, in.asb()));
		List<Block.KeyFigure> figures = new ArrayList<>();
		figures.add(new Block.KeyFigure("Crime", Format.count(crime.count()), crime.text()));
		figures.add(new Block.KeyFigure("Anti-social behaviour", Format.count(asb.count()), asb.text()));
		Double rate = Tables.rate(crime.count(), in.boroughPopulation());
		if (rate != null) {
			figures.add(new Block.KeyFigure("Crimes per 1,000 residents", Format.decimal(rate), "2019 population"));
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.KeyFigures(figures));
		blocks.add(new Block.Paragraph("Police-recorded crime and anti-social behaviour in "
				+ Format.period(in.period.first(), in.period.last()) + ", compared with "
				+ Format.period(in.period.comparisonFirst(), in.period.comparisonLast()) + "."));
		List<Findings.SignificantChange> changes = findings.changes().stream()
			.sorted(Comparator.comparingDouble((Findings.SignificantChange c) -> c.change().fraction() == null ? 0
					: -Math.abs(c.change().fraction())).thenComparing(Findings.SignificantChange::what))
			.limit(CHANGES)
			.toList();
		if (changes.isEmpty()) {
			blocks.add(new Block.Paragraph("No crime type changed significantly on the comparison period."));
		}
		else {
			blocks.add(new Block.Paragraph("The biggest significant changes on the comparison period:"));
			blocks.add(new Block.BulletList(changes.stream()
				.map(c -> c.what() + ": " + Format.count(c.change().count()) + " against " + Format.count(c.change().earlier())
						+ ", " + Format.comparison(c.change().comparison().orElseThrow()))
				.toList()));
		}
		Notes.missingMonths(in).ifPresent(blocks::add);
		return blocks;
	}

}
