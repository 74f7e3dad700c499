package org.csphub.assessment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.csphub.analysis.aggregate.Selection;
import org.csphub.analysis.change.ChangeVerdict;
import org.csphub.areas.AreaType;
import org.csphub.reporting.Block;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.ReportSection;

/**
 * Section {@code crime-types}: each police.uk type (anti-social behaviour included, marked) with its
 * count, share, comparison count, change and verdict, most first, as a table and a bar chart. The three
 * largest types and every significant rise become candidate issues.
 */
final class CrimeTypesSection {

	private CrimeTypesSection() {
	}

	record TypeChange(String type, Change change) {
	}

	static ReportSection build(AssessmentInputs in, Findings findings) {
		String title = "Crime and anti-social behaviour by type";
		if (!in.hasPeriodData()) {
			return new ReportSection(AssessmentSections.CRIME_TYPES, title, List.of(Notes.noPoliceData(in)));
		}
		List<TypeChange> types = new ArrayList<>();
		for (String category : in.categories) {
			Selection one = Selection.everything().category(category);
			types.add(new TypeChange(category, Change.of(in.now(AreaType.LSOA, one), in.before(AreaType.LSOA, one))));
		}
		types.sort(Comparator.comparingLong((TypeChange t) -> t.change().count()).reversed()
			.thenComparing(TypeChange::type));
		long total = types.stream().mapToLong(t -> t.change().count()).sum();
		long crimeTotal = types.stream().filter(t -> !t.type().equals(AssessmentInputs.ASB))
			.mapToLong(t -> t.change().count()).sum();
		List<List<Object>> rows = new ArrayList<>();
		List<Charts.Bar> bars = new ArrayList<>();
		for (TypeChange t : types) {
			Change c = t.change();
			rows.add(Tables.row(t.type(), c.count(), Tables.share(c.count(), total), c.earlier(), c.fraction(), c.pText(),
					c.verdictText()));
			bars.add(new Charts.Bar(t.type(), c.count(), Format.count(c.count())));
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Paragraph(describe(types, total)));
		List<String> significant = new ArrayList<>();
		for (TypeChange t : types) {
			if (t.change().significant()) {
				significant.add(t.type() + ": " + Format.count(t.change().count()) + " against "
						+ Format.count(t.change().earlier()) + ", " + Format.comparison(t.change().comparison().orElseThrow()));
				findings.significantChange(t.type(), t.change());
			}
			if (t.change().is(ChangeVerdict.SIGNIFICANT_RISE)) {
				findings.candidate("crime-type:" + t.type(), t.type(), "Significant rise: " + t.change().against());
			}
		}
		types.stream().limit(3).forEach(t -> findings.candidate("crime-type:" + t.type(), t.type(),
				"Largest volume: " + Format.count(t.change().count()) + " ("
						+ Format.percent((double) t.change().count() / Math.max(1, total)) + " of all crime and ASB)"));
		if (significant.isEmpty()) {
			blocks.add(new Block.Paragraph("No type changed significantly on the comparison period."));
		}
		else {
			blocks.add(new Block.Paragraph("Significant changes on the comparison period:"));
			blocks.add(new Block.BulletList(significant));
		}
		Notes.missingMonths(in).ifPresent(blocks::add);
		blocks.add(new Block.Figure("crime-types-chart", "Crime and anti-social behaviour by type, assessment period",
				chartText(types, total), Charts.horizontal("crime-types-chart", "Crime and anti-social behaviour by type",
						chartText(types, total), bars),
				"crime-types-table"));
		blocks.add(new DataTable("crime-types-table", "Crime and anti-social behaviour by type",
				List.of(Tables.text("Type"), Tables.count("Assessment period"), Tables.percent("Share"),
						Tables.count("Comparison period"), Tables.percent("Change"), Tables.text("Significance"),
						Tables.text("Verdict")),
				rows));
		blocks.add(new Block.Paragraph("Crime (all types but anti-social behaviour) totals " + Format.count(crimeTotal)
				+ "."));
		return new ReportSection(AssessmentSections.CRIME_TYPES, title, blocks);
	}

	private static String describe(List<TypeChange> types, long total) {
		List<String> top = types.stream().limit(3)
			.map(t -> t.type() + " (" + Format.count(t.change().count()) + ", "
					+ Format.percent((double) t.change().count() / Math.max(1, total)) + ")")
			.toList();
		return "The largest types in the assessment period were " + Format.list(top) + ".";
	}

	private static String chartText(List<TypeChange> types, long total) {
		return "Horizontal bar chart of " + types.size() + " types, most first. " + describe(types, total);
	}

}
