package org.csphub.assessment.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import org.csphub.analysis.aggregate.CountCube;
import org.csphub.analysis.aggregate.Selection;
import org.csphub.analysis.aggregate.Tally;
import org.csphub.areas.AreaType;
import org.csphub.assessment.internal.AssessmentInputs.PartnerData;
import org.csphub.reporting.Block;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.ReportSection;

/**
 * Section {@code partner-data}, with a subsection {@code partner-<name>} per partner source (for
 * {@code partner:fly-tipping}, {@code partner-fly-tipping}): the count in the assessment period and the
 * change, counts by category, the ten wards with the most and a monthly chart; months not loaded are
 * named as gaps. With no partner source loaded, a note says so.
 */
final class PartnerDataSection {

	private static final int TOP_AREAS = 10;

	private PartnerDataSection() {
	}

	/** The subsection id of a partner source: "partner-" and its name in lower case with hyphens. */
	static String id(String source) {
		String name = source.startsWith("partner:") ? source.substring("partner:".length()) : source;
		return "partner-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	static ReportSection build(AssessmentInputs in) {
		String title = "Partner data";
		if (in.partners.isEmpty()) {
			return new ReportSection(AssessmentSections.PARTNER_DATA, title, List.of(new Block.Note("No partner data is "
					+ "loaded (council ASB, fly-tipping, noise, fires and others), so this assessment uses police.uk data "
					+ "only. Partners' CSV files can be imported through Data imports.")));
		}
		List<ReportSection> subsections = new ArrayList<>();
		for (PartnerData data : in.partners.values()) {
			subsections.add(subsection(in, data));
		}
		return new ReportSection(AssessmentSections.PARTNER_DATA, title,
				List.of(new Block.Paragraph("Data from partners, each source on its own: their categories and recording "
						+ "practices differ from the police's and from each other's, so they are not added to police figures.")),
				subsections);
	}

	private static ReportSection subsection(AssessmentInputs in, PartnerData data) {
		String id = id(data.source());
		String title = AssessmentSources.label(data.source());
		List<YearMonth> gaps = new ArrayList<>();
		for (YearMonth m = in.period.first(); !m.isAfter(in.period.last()); m = m.plusMonths(1)) {
			if (!data.months().contains(m)) {
				gaps.add(m);
			}
		}
		if (gaps.size() == in.period.months()) {
			return new ReportSection(id, title, List.of(new Block.Note("No month of " + Format.period(in.period.first(),
					in.period.last()) + " is loaded for this source, so it adds nothing to this assessment.")));
		}
		CountCube cube = data.byWard();
		Selection all = Selection.everything();
		Change change = Change.of(cube.total(in.now(all)), cube.total(in.before(all)));
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.KeyFigures(List.of(new Block.KeyFigure("Records", Format.count(change.count()),
				change.text()))));
		if (!gaps.isEmpty()) {
			blocks.add(new Block.Note("Data gaps: no data for " + Format.months(gaps)
					+ " (not loaded; missing, not zero). Counts cover the loaded months only."));
		}
		List<List<Object>> rows = new ArrayList<>();
		SortedMap<String, Tally> now = cube.byCategory(in.now(all));
		SortedMap<String, Tally> before = cube.byCategory(in.before(all));
		for (Map.Entry<String, Tally> e : now.entrySet()) {
			Change c = Change.of(e.getValue(), before.get(e.getKey()));
			rows.add(Tables.row(e.getKey(), c.count(), c.earlier(), c.fraction(), c.verdictText()));
		}
		rows.sort(Comparator.comparingLong((List<Object> r) -> (Long) r.get(1)).reversed());
		blocks.add(new DataTable(id + "-categories", title + ": by category",
				List.of(Tables.text("Category"), Tables.count("Assessment period"), Tables.count("Comparison period"),
						Tables.percent("Change"), Tables.text("Verdict")),
				rows));
		if (!in.areas.get(AreaType.WARD).isEmpty()) {
			SortedMap<String, Tally> byWard = cube.byArea(in.now(all));
			List<List<Object>> wards = new ArrayList<>();
			byWard.entrySet().stream()
				.filter(e -> !e.getKey().equals(AssessmentInputs.NO_AREA) && e.getValue().countInCoveredMonths() > 0)
				.sorted(Comparator.comparingLong((Map.Entry<String, Tally> e) -> e.getValue().countInCoveredMonths())
					.reversed().thenComparing(Map.Entry::getKey))
				.limit(TOP_AREAS)
				.forEach(e -> wards.add(Tables.row(in.name(AreaType.WARD, e.getKey()), e.getKey(),
						e.getValue().countInCoveredMonths(),
						Tables.rate(e.getValue().countInCoveredMonths(), in.population(AreaType.WARD, e.getKey())))));
			blocks.add(new DataTable(id + "-wards", title + ": the " + TOP_AREAS + " wards with the most",
					List.of(Tables.text("Ward"), Tables.text("Code"), Tables.count("Assessment period"),
							Tables.decimal("Per 1,000 residents")),
					wards));
		}
		blocks.addAll(Tables.monthly(id + "-monthly", title + " each month", "records", in, List.of("Records"),
				List.of(cube.byMonth(all.months(in.spanFirst, in.spanLast)))));
		return new ReportSection(id, title, blocks);
	}

}
