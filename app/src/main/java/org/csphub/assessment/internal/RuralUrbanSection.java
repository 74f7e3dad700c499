package org.csphub.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.csphub.analysis.aggregate.Tally;
import org.csphub.areas.AreaSummary;
import org.csphub.areas.AreaType;
import org.csphub.areas.LsoaReference;
import org.csphub.reporting.Block;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.ReportSection;

/**
 * Section {@code rural-urban}: crime and ASB in the LSOAs of each class of the ONS rural-urban
 * classification 2011 (A1 to C2 urban, D1 to E2 rural), with rates per 1,000 residents and the urban and
 * rural totals. An incident's class is that of the LSOA it was placed in.
 */
final class RuralUrbanSection {

	private RuralUrbanSection() {
	}

	/** Whether an RUC 2011 code is rural: D1, D2 (rural town and fringe), E1, E2 (village and dispersed). */
	static boolean rural(String code) {
		return code != null && (code.startsWith("D") || code.startsWith("E"));
	}

	/** The LSOAs of the borough in a rural class. */
	static Set<String> ruralLsoas(AssessmentInputs in) {
		Set<String> codes = new TreeSet<>();
		for (AreaSummary lsoa : in.areas.get(AreaType.LSOA)) {
			LsoaReference ref = in.lsoas.get(lsoa.code());
			if (ref != null && rural(ref.ruralUrbanCode())) {
				codes.add(lsoa.code());
			}
		}
		return codes;
	}

	static ReportSection build(AssessmentInputs in, Findings findings) {
		String title = "Rural and urban areas";
		if (!in.hasPeriodData()) {
			return new ReportSection(AssessmentSections.RURAL_URBAN, title, List.of(Notes.noPoliceData(in)));
		}
		SortedMap<String, Group> classes = new TreeMap<>();
		Group urban = new Group("Urban", "All urban (A1 to C2)");
		Group rural = new Group("Rural", "All rural (D1 to E2)");
		Group unknown = new Group("", "Class not known");
		for (AreaSummary lsoa : in.areas.get(AreaType.LSOA)) {
			LsoaReference ref = in.lsoas.get(lsoa.code());
			String code = ref == null ? null : ref.ruralUrbanCode();
			if (code == null) {
				unknown.add(lsoa.code(), ref);
				continue;
			}
			classes.computeIfAbsent(code, c -> new Group(c, ref.ruralUrbanName() == null ? c : ref.ruralUrbanName()))
				.add(lsoa.code(), ref);
			(rural(code) ? rural : urban).add(lsoa.code(), ref);
		}
		if (classes.isEmpty()) {
			return new ReportSection(AssessmentSections.RURAL_URBAN, title, List.of(new Block.Note("No rural-urban "
					+ "classification is loaded for the LSOAs (Import reference data), so crime cannot be split into rural "
					+ "and urban areas.")));
		}
		List<Group> groups = new ArrayList<>(classes.values());
		groups.add(urban);
		groups.add(rural);
		if (!unknown.lsoas.isEmpty()) {
			groups.add(unknown);
		}
		List<List<Object>> rows = new ArrayList<>();
		List<Charts.Bar> bars = new ArrayList<>();
		for (Group g : groups) {
			long crime = g.count(in, in.crime());
			long asb = g.count(in, in.asb());
			Change change = Change.of(g.tally(in, in.crime(), true), g.tally(in, in.crime(), false));
			Double rate = Tables.rate(crime, g.population());
			rows.add(Tables.row(g.code.isEmpty() ? "" : g.code, g.name, (long) g.lsoas.size(),
					g.population().isPresent() ? (Object) (long) g.population().getAsDouble() : null, crime, rate, asb,
					Tables.rate(asb, g.population()), change.fraction(), change.verdictText()));
			if (classes.containsValue(g) && rate != null) {
				bars.add(new Charts.Bar(g.code + " " + g.name, rate, Format.decimal(rate)));
			}
		}
		long urbanCrime = urban.count(in, in.crime());
		long ruralCrime = rural.count(in, in.crime());
		long allCrime = in.now(AreaType.LSOA, in.crime()).countInCoveredMonths();
		List<Block> blocks = new ArrayList<>();
		Double ruralRate = Tables.rate(ruralCrime, rural.population());
		Double urbanRate = Tables.rate(urbanCrime, urban.population());
		blocks.add(new Block.KeyFigures(List.of(
				new Block.KeyFigure("Crime in rural LSOAs", Format.count(ruralCrime),
						Format.percent((double) ruralCrime / Math.max(1, allCrime)) + " of all crime, "
								+ Format.plural(rural.lsoas.size(), "LSOA", "LSOAs")),
				new Block.KeyFigure("Crime in urban LSOAs", Format.count(urbanCrime),
						Format.percent((double) urbanCrime / Math.max(1, allCrime)) + " of all crime, "
								+ Format.plural(urban.lsoas.size(), "LSOA", "LSOAs")))));
		if (ruralRate != null && urbanRate != null) {
			blocks.add(new Block.Paragraph("The crime rate was " + Format.decimal(ruralRate)
					+ " per 1,000 residents in rural LSOAs and " + Format.decimal(urbanRate) + " in urban LSOAs."));
		}
		if (rural.lsoas.isEmpty()) {
			blocks.add(new Block.Note("The borough has no LSOA classed as rural."));
		}
		blocks.add(new Block.Figure("rural-urban-chart", "Crime per 1,000 residents by rural-urban class",
				"Horizontal bar chart of the crime rate per 1,000 residents in each rural-urban class of the borough's LSOAs.",
				Charts.horizontal("rural-urban-chart", "Crime per 1,000 residents by rural-urban class",
						"Crime rate per 1,000 residents in each rural-urban class.", bars),
				"rural-urban-table"));
		blocks.add(new DataTable("rural-urban-table", "Crime and anti-social behaviour by rural-urban class (RUC 2011)",
				List.of(Tables.text("Class"), Tables.text("Description"), Tables.count("LSOAs"),
						Tables.count("Population (2019)"), Tables.count("Crime"), Tables.decimal("Crime per 1,000"),
						Tables.count("Anti-social behaviour"), Tables.decimal("ASB per 1,000"),
						Tables.percent("Change in crime"), Tables.text("Verdict")),
				rows));
		return new ReportSection(AssessmentSections.RURAL_URBAN, title, blocks);
	}

	/** LSOAs grouped by class, with their population (unknown if any LSOA's is). */
	private static final class Group {

		final String code;

		final String name;

		final Set<String> lsoas = new TreeSet<>();

		long population;

		boolean populationKnown = true;

		Group(String code, String name) {
			this.code = code;
			this.name = name;
		}

		void add(String lsoa, LsoaReference ref) {
			lsoas.add(lsoa);
			if (ref == null || ref.population2019() == null) {
				populationKnown = false;
			}
			else {
				population += ref.population2019();
			}
		}

		OptionalDouble population() {
			return populationKnown && population > 0 ? OptionalDouble.of(population) : OptionalDouble.empty();
		}

		Tally tally(AssessmentInputs in, org.csphub.analysis.aggregate.Selection selection, boolean now) {
			org.csphub.analysis.aggregate.Selection s = selection.areas(lsoas);
			return now ? in.now(AreaType.LSOA, s) : in.before(AreaType.LSOA, s);
		}

		long count(AssessmentInputs in, org.csphub.analysis.aggregate.Selection selection) {
			return lsoas.isEmpty() ? 0 : tally(in, selection, true).countInCoveredMonths();
		}

	}

}
