package org.csphub.assessment.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.csphub.analysis.aggregate.Selection;
import org.csphub.analysis.aggregate.Tally;
import org.csphub.areas.AreaType;
import org.csphub.reporting.Block;
import org.csphub.reporting.Block.KeyFigure;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.ReportSection;

/**
 * Section {@code overview}: total crime and ASB in the assessment period, the change on the comparison
 * period with its verdict, the rate per 1,000 residents, and the monthly chart over both periods.
 */
final class OverviewSection {

	private OverviewSection() {
	}

	static ReportSection build(AssessmentInputs in) {
		List<Block> blocks = new ArrayList<>();
		if (!in.hasPeriodData()) {
			blocks.add(Notes.noPoliceData(in));
			return new ReportSection(AssessmentSections.OVERVIEW, "Overview", blocks);
		}
		Change crime = Change.of(in.now(AreaType.LSOA, in.crime()), in.before(AreaType.LSOA, in.crime()));
		Change asb = Change.of(in.now(AreaType.LSOA, in.asb()), in.before(AreaType.LSOA, in.asb()));
		Change all = Change.of(in.now(AreaType.LSOA, Selection.everything()),
				in.before(AreaType.LSOA, Selection.everything()));
		OptionalDouble population = in.boroughPopulation();
		List<KeyFigure> figures = new ArrayList<>();
		figures.add(new KeyFigure("Crime", Format.count(crime.count()), crime.text()));
		figures.add(new KeyFigure("Anti-social behaviour", Format.count(asb.count()), asb.text()));
		Double rate = Tables.rate(crime.count(), population);
		if (rate != null) {
			figures.add(new KeyFigure("Crimes per 1,000 residents", Format.decimal(rate),
					"2019 population " + Format.count((long) population.getAsDouble())));
		}
		Tally tally = crime.now();
		figures.add(new KeyFigure("Months with data", tally.coveredMonths() + " of " + tally.periodMonths(),
				tally.complete() ? "every month of the period is loaded" : "no data for " + Format.months(tally.missingMonths())));
		blocks.add(new Block.KeyFigures(figures));
		blocks.add(new Block.Paragraph("Police-recorded crime (police.uk street-level data, every crime type except "
				+ "anti-social behaviour) in " + Format.period(in.period.first(), in.period.last()) + ": "
				+ Format.count(crime.count()) + " crimes and " + Format.count(asb.count())
				+ " incidents of anti-social behaviour. Crime: " + crime.text() + ". Anti-social behaviour: " + asb.text()
				+ "."));
		Notes.missingMonths(in).ifPresent(blocks::add);
		List<List<Object>> rows = new ArrayList<>();
		rows.add(row("Crime", crime));
		rows.add(row("Anti-social behaviour", asb));
		rows.add(row("Crime and anti-social behaviour", all));
		blocks.add(new DataTable("overview-totals", "Crime and anti-social behaviour, assessment and comparison periods",
				List.of(Tables.text("Measure"), Tables.count("Assessment period"), Tables.count("Comparison period"),
						Tables.percent("Change"), Tables.text("Significance"), Tables.text("Verdict")),
				rows));
		YearMonth first = in.spanFirst;
		YearMonth last = in.spanLast;
		blocks.addAll(Tables.monthly("overview-monthly", "Crime each month, comparison and assessment periods", "crime",
				in, List.of("Crime", "Anti-social behaviour"),
				List.of(in.cubes.get(AreaType.LSOA).byMonth(in.crime().months(first, last)),
						in.cubes.get(AreaType.LSOA).byMonth(in.asb().months(first, last)))));
		return new ReportSection(AssessmentSections.OVERVIEW, "Overview", blocks);
	}

	static List<Object> row(String measure, Change change) {
		return Tables.row(measure, change.count(), change.earlier(), change.fraction(), change.pText(),
				change.verdictText());
	}

}
