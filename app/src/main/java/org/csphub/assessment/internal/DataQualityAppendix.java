package org.csphub.assessment.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csphub.analysis.aggregate.Tally;
import org.csphub.areas.AreaType;
import org.csphub.incidents.LoadedMonth;
import org.csphub.reporting.Block;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.ReportSection;

/**
 * Appendix {@code data-quality}: for every source read, the months of both periods loaded and missing,
 * and per month the rows stored, left out for having no location and left out as outside the borough;
 * partner data gaps; and located crime that falls in no ward.
 */
final class DataQualityAppendix {

	private DataQualityAppendix() {
	}

	static ReportSection build(AssessmentInputs in) {
		String title = "Data quality";
		List<Block> blocks = new ArrayList<>();
		if (in.loaded.isEmpty()) {
			blocks.add(new Block.Note("No incident data is loaded at all: import police.uk months (and partner data) "
					+ "through Data imports."));
			return new ReportSection(AssessmentSections.DATA_QUALITY, title, blocks);
		}
		blocks.add(new Block.Paragraph("A month is loaded when an import recorded it; a month that is not loaded is "
				+ "missing data, never zero, and is shown as \"no data\". Rows without coordinates cannot be placed in any "
				+ "area and are not stored; rows located outside the borough are not stored either. Both are counted "
				+ "here for each month loaded."));
		List<List<Object>> summary = new ArrayList<>();
		List<List<Object>> months = new ArrayList<>();
		for (Map.Entry<String, List<LoadedMonth>> e : in.loaded.entrySet()) {
			String source = e.getKey();
			String label = AssessmentSources.label(source);
			Map<YearMonth, LoadedMonth> byMonth = new java.util.TreeMap<>();
			e.getValue().forEach(m -> byMonth.put(m.month(), m));
			List<YearMonth> missing = new ArrayList<>();
			long stored = 0;
			long withoutLocation = 0;
			long outside = 0;
			int span = 0;
			for (YearMonth m = in.spanFirst; !m.isAfter(in.spanLast); m = m.plusMonths(1)) {
				boolean inPeriods = inPeriod(in, m);
				if (!inPeriods) {
					continue;
				}
				span++;
				LoadedMonth loaded = byMonth.get(m);
				if (loaded == null) {
					missing.add(m);
					months.add(Tables.row(label, Format.month(m), "Not loaded", null, null, null));
					continue;
				}
				stored += loaded.imported();
				withoutLocation += loaded.withoutLocation();
				outside += loaded.outsideArea();
				months.add(Tables.row(label, Format.month(m), "Loaded", loaded.imported(), loaded.withoutLocation(),
						loaded.outsideArea()));
			}
			long read = stored + withoutLocation + outside;
			summary.add(Tables.row(label, (long) span, (long) (span - missing.size()),
					missing.isEmpty() ? "None" : Format.months(missing), stored, withoutLocation,
					Tables.share(withoutLocation, read), outside));
			if (!missing.isEmpty()) {
				boolean partner = source.startsWith("partner:");
				blocks.add(new Block.Note(label + ": " + (partner ? "data gaps" : "missing months") + " "
						+ Format.months(missing) + ". These months count as no data, not as zero."));
			}
		}
		blocks.add(new DataTable("data-quality-summary", "Data quality of each source over both periods",
				List.of(Tables.text("Source"), Tables.count("Months in the periods"), Tables.count("Months loaded"),
						Tables.text("Months missing"), Tables.count("Rows stored"), Tables.count("Without location"),
						Tables.percent("Share without location"), Tables.count("Outside the borough")),
				summary));
		if (in.hasPeriodData() && !in.areas.get(AreaType.WARD).isEmpty()) {
			Tally noWard = in.cubes.get(AreaType.WARD).total(in.now(in.crime().area(AssessmentInputs.NO_AREA)));
			if (noWard.countInCoveredMonths() > 0) {
				blocks.add(new Block.Note(Format.plural(noWard.countInCoveredMonths(), "crime", "crimes")
						+ " of the assessment period lie in the borough but in no ward boundary (gaps between the ward "
						+ "and borough boundaries); they count in the borough's figures but in no ward's."));
			}
		}
		blocks.add(new DataTable("data-quality-months", "Rows stored and left out, month by month",
				List.of(Tables.text("Source"), Tables.text("Month"), Tables.text("Status"), Tables.count("Rows stored"),
						Tables.count("Without location"), Tables.count("Outside the borough")),
				months));
		return new ReportSection(AssessmentSections.DATA_QUALITY, title, blocks);
	}

	private static boolean inPeriod(AssessmentInputs in, YearMonth m) {
		return (!m.isBefore(in.period.first()) && !m.isAfter(in.period.last()))
				|| (!m.isBefore(in.period.comparisonFirst()) && !m.isAfter(in.period.comparisonLast()));
	}

}
