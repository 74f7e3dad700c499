package org.csphub.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.csphub.areas.AreaSummary;
import org.csphub.areas.AreaType;
import org.csphub.areas.LsoaReference;
import org.csphub.reporting.Block;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.ReportSection;

/**
 * Section {@code deprivation}: crime and ASB rates per 1,000 residents in the borough's LSOAs grouped by
 * their national decile of the Index of Multiple Deprivation 2019 (1 = the most deprived 10% of
 * England's LSOAs), with a chart of the crime rate by decile.
 */
final class DeprivationSection {

	private DeprivationSection() {
	}

	static ReportSection build(AssessmentInputs in) {
		String title = "Crime and deprivation";
		if (!in.hasPeriodData()) {
			return new ReportSection(AssessmentSections.DEPRIVATION, title, List.of(Notes.noPoliceData(in)));
		}
		Map<Integer, Set<String>> byDecile = new TreeMap<>();
		Map<Integer, Long> population = new TreeMap<>();
		Set<Integer> populationUnknown = new TreeSet<>();
		for (AreaSummary lsoa : in.areas.get(AreaType.LSOA)) {
			LsoaReference ref = in.lsoas.get(lsoa.code());
			if (ref == null || ref.imd() == null || ref.imd().decile() == null) {
				continue;
			}
			int decile = ref.imd().decile();
			byDecile.computeIfAbsent(decile, d -> new TreeSet<>()).add(lsoa.code());
			if (ref.population2019() == null) {
				populationUnknown.add(decile);
			}
			else {
				population.merge(decile, (long) ref.population2019(), Long::sum);
			}
		}
		if (byDecile.isEmpty()) {
			return new ReportSection(AssessmentSections.DEPRIVATION, title, List.of(new Block.Note("No Index of Multiple "
					+ "Deprivation is loaded for the LSOAs (Import reference data), so crime cannot be set against "
					+ "deprivation.")));
		}
		List<List<Object>> rows = new ArrayList<>();
		List<Charts.Bar> bars = new ArrayList<>();
		Map<Integer, Double> rates = new TreeMap<>();
		for (Map.Entry<Integer, Set<String>> e : byDecile.entrySet()) {
			int decile = e.getKey();
			long crime = in.now(AreaType.LSOA, in.crime().areas(e.getValue())).countInCoveredMonths();
			long asb = in.now(AreaType.LSOA, in.asb().areas(e.getValue())).countInCoveredMonths();
			OptionalDouble people = populationUnknown.contains(decile) || !population.containsKey(decile)
					? OptionalDouble.empty() : OptionalDouble.of(population.get(decile));
			Double rate = Tables.rate(crime, people);
			rows.add(Tables.row(label(decile), (long) e.getValue().size(),
					people.isPresent() ? (Object) (long) people.getAsDouble() : null, crime, rate, asb,
					Tables.rate(asb, people)));
			if (rate != null) {
				rates.put(decile, rate);
				bars.add(new Charts.Bar(label(decile), rate, Format.decimal(rate)));
			}
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Paragraph(describe(rates)));
		blocks.add(new Block.Note("Deciles are national: decile 1 holds the most deprived 10% of England's LSOAs. A borough "
				+ "may have no LSOA in some deciles. Deprivation describes the residents of an area; crime is counted where "
				+ "it happened, so busy town centres with few residents have high rates."));
		blocks.add(new Block.Figure("deprivation-chart", "Crime per 1,000 residents by deprivation decile",
				"Horizontal bar chart of the crime rate per 1,000 residents in the LSOAs of each IMD 2019 decile. "
						+ describe(rates),
				Charts.horizontal("deprivation-chart", "Crime per 1,000 residents by deprivation decile",
						"Crime rate per 1,000 residents by IMD decile, most deprived first.", bars),
				"deprivation-table"));
		blocks.add(new DataTable("deprivation-table", "Crime and anti-social behaviour by deprivation decile (IMD 2019)",
				List.of(Tables.text("IMD decile"), Tables.count("LSOAs"), Tables.count("Population (2019)"),
						Tables.count("Crime"), Tables.decimal("Crime per 1,000"), Tables.count("Anti-social behaviour"),
						Tables.decimal("ASB per 1,000")),
				rows));
		return new ReportSection(AssessmentSections.DEPRIVATION, title, blocks);
	}

	static String label(int decile) {
		return decile == 1 ? "1 (most deprived)" : decile == 10 ? "10 (least deprived)" : Integer.toString(decile);
	}

	private static String describe(Map<Integer, Double> rates) {
		if (rates.size() < 2) {
			return "Too few deciles with a known population to compare.";
		}
		int most = rates.keySet().iterator().next();
		int least = ((TreeMap<Integer, Double>) rates).lastKey();
		double ratio = rates.get(least) > 0 ? rates.get(most) / rates.get(least) : Double.NaN;
		return "The crime rate was " + Format.decimal(rates.get(most)) + " per 1,000 residents in the borough's most "
				+ "deprived decile present (decile " + most + ") and " + Format.decimal(rates.get(least))
				+ " in its least deprived (decile " + least + ")"
				+ (Double.isNaN(ratio) ? "." : ": " + String.format(java.util.Locale.UK, "%.1f", ratio) + " times as high.");
	}

}
