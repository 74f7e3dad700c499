package org.csphub.assessment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.csphub.analysis.aggregate.Tally;
import org.csphub.analysis.concentration.LorenzCurve;
import org.csphub.analysis.concentration.PlaceCounts;
import org.csphub.analysis.concentration.RepeatLocations;
import org.csphub.analysis.concentration.TopPlaces;
import org.csphub.analysis.geo.OsGridReference;
import org.csphub.analysis.nearrepeat.KnoxEvent;
import org.csphub.analysis.nearrepeat.KnoxResult;
import org.csphub.analysis.nearrepeat.KnoxSettings;
import org.csphub.analysis.nearrepeat.KnoxTest;
import org.csphub.areas.AreaSummary;
import org.csphub.areas.AreaType;
import org.csphub.incidents.LocationCount;
import org.csphub.reporting.Block;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.ReportSection;

/**
 * Section {@code repeats}, with subsections {@code repeat-locations} (crime per police.uk map point:
 * repeat map points, the busiest twenty, the share of crime at the busiest points, and how concentrated
 * crime is across LSOAs) and {@code near-repeats} (the Knox test of burglary and of vehicle crime: pairs
 * close in space and in time, in months, against {@value #PERMUTATIONS} random permutations of the
 * months).
 */
final class RepeatsSection {

	static final int PERMUTATIONS = 99;

	static final long SEED = 20_261_126L;

	/** Distance bands, right-closed: the same map point, up to 200 m, 200 to 400 m. */
	static final double[] DISTANCES = { 0, 200, 400 };

	/** Time bands in whole months, right-closed: the same month, one month apart, two months apart. */
	static final double[] MONTHS = { 0, 1, 2 };

	static final List<String> NEAR_REPEAT_TYPES = List.of("Burglary", "Vehicle crime");

	private static final int MINIMUM_EVENTS = 20;

	private static final int TOP_LOCATIONS = 20;

	private RepeatsSection() {
	}

	static ReportSection build(AssessmentInputs in) {
		String title = "Repeat locations and near repeats";
		if (!in.hasPeriodData()) {
			return new ReportSection(AssessmentSections.REPEATS, title, List.of(Notes.noPoliceData(in)));
		}
		return new ReportSection(AssessmentSections.REPEATS, title,
				List.of(new Block.Paragraph("Where crime recurs at the same place, and whether crimes close together in "
						+ "space also come close together in time.")),
				List.of(repeatLocations(in), nearRepeats(in)));
	}

	/** Crime per map point, keyed by the point's coordinates. */
	static PlaceCounts mapPoints(List<LocationCount> locations) {
		Map<String, Long> counts = new HashMap<>();
		for (LocationCount c : locations) {
			counts.merge(key(c), c.count(), Long::sum);
		}
		return PlaceCounts.of(counts, true);
	}

	static String key(LocationCount c) {
		return c.easting() + "," + c.northing();
	}

	private static ReportSection repeatLocations(AssessmentInputs in) {
		String id = AssessmentSections.REPEAT_LOCATIONS;
		if (in.crimeLocations.isEmpty()) {
			return new ReportSection(id, "Repeat locations", List.of(new Block.Note("No located crime in the period.")));
		}
		PlaceCounts points = mapPoints(in.crimeLocations);
		RepeatLocations repeats = RepeatLocations.find(points, 2);
		TopPlaces half = TopPlaces.holding(points, 0.5);
		Map<String, LocationCount> byKey = new HashMap<>();
		in.crimeLocations.forEach(c -> byKey.putIfAbsent(key(c), c));
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Paragraph(Format.count(points.incidents()) + " located crimes were published at "
				+ Format.count(points.places()) + " map points. " + Format.count(repeats.locationCount())
				+ " map points had two or more, holding " + Format.count(repeats.incidentsAtRepeatLocations()) + " crimes ("
				+ repeats.shareAtRepeatLocations().stream().mapToObj(Format::percent).findFirst().orElse("none")
				+ "). Half of all located crime was at " + Format.count(half.placeCount()) + " map points ("
				+ half.placeShare().stream().mapToObj(Format::percent).findFirst().orElse("none")
				+ " of the points with any crime)."));
		blocks.add(new Block.Note(repeats.caveat().orElse(Notes.APPROXIMATE_LOCATIONS)));
		lsoaConcentration(in).ifPresent(blocks::add);
		List<List<Object>> rows = new ArrayList<>();
		int rank = 0;
		for (Map.Entry<String, Long> e : repeats.locations().subList(0, Math.min(TOP_LOCATIONS, repeats.locationCount()))) {
			LocationCount c = byKey.get(e.getKey());
			String ward = in.locator.locate(c.easting(), c.northing()).wardCode();
			rows.add(Tables.row((long) ++rank, c.location() == null ? "" : c.location(),
					ward == null ? "" : in.name(AreaType.WARD, ward), OsGridReference.of(c.easting(), c.northing(), 4),
					e.getValue()));
		}
		blocks.add(new DataTable(id + "-table", "The " + TOP_LOCATIONS + " map points with the most crime",
				List.of(Tables.count("Rank"), Tables.text("Published location"), Tables.text("Ward"),
						Tables.text("Grid reference"), Tables.count("Crimes")),
				rows));
		return new ReportSection(id, "Repeat locations", blocks);
	}

	/** How concentrated crime is across the borough's LSOAs, those without crime counted. */
	private static java.util.Optional<Block> lsoaConcentration(AssessmentInputs in) {
		List<String> all = in.areas.get(AreaType.LSOA).stream().map(AreaSummary::code).toList();
		if (all.isEmpty()) {
			return java.util.Optional.empty();
		}
		SortedMap<String, Tally> byLsoa = in.cubes.get(AreaType.LSOA).byArea(in.now(in.crime().areas(all)));
		Map<String, Long> counts = new TreeMap<>();
		byLsoa.forEach((code, tally) -> counts.put(code, tally.countInCoveredMonths()));
		PlaceCounts places = PlaceCounts.of(counts, all, false);
		LorenzCurve lorenz = LorenzCurve.of(places);
		TopPlaces top = TopPlaces.topFraction(places, 0.1);
		if (lorenz.gini().isEmpty() || top.share().isEmpty()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new Block.Paragraph("Across the borough's " + Format.count(all.size())
				+ " LSOAs, the busiest 10% (" + top.placeCount() + ") had " + Format.percent(top.share().getAsDouble())
				+ " of crime; the Gini coefficient of crime over LSOAs is "
				+ String.format(java.util.Locale.UK, "%.2f", lorenz.gini().getAsDouble())
				+ " (0 would be every LSOA alike, 1 all crime in one)."));
	}

	private static ReportSection nearRepeats(AssessmentInputs in) {
		String id = AssessmentSections.NEAR_REPEATS;
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Paragraph("The Knox test asks whether crimes close together in space also happen close "
				+ "together in time more often than chance would give: every pair of crimes is counted by distance apart "
				+ "and months apart, and the counts are compared with " + PERMUTATIONS
				+ " random reshufflings of the months among the crimes. A Knox ratio above 1 with a small p-value "
				+ "suggests near repeats: after one crime, another nearby soon after."));
		blocks.add(new Block.Note("police.uk gives only the month of a crime, so time apart is in whole months "
				+ "(0 = the same month) and near repeats within days, the usual pattern of burglary, cannot be seen "
				+ "directly: this test can only show clustering at the scale of a month. Distances are between "
				+ "anonymous map points, so 0 m means the same map point (at least eight addresses), not the same "
				+ "address."));
		for (String type : NEAR_REPEAT_TYPES) {
			String tableId = id + "-" + type.toLowerCase().replace(' ', '-');
			List<KnoxEvent> events = new ArrayList<>();
			Points p = in.crimePoints;
			for (int i = 0; i < p.size(); i++) {
				if (type.equals(p.category()[i])) {
					for (long k = 0; k < p.count()[i]; k++) {
						events.add(new KnoxEvent(p.x()[i], p.y()[i], p.month()[i]));
					}
				}
			}
			if (events.size() < MINIMUM_EVENTS) {
				blocks.add(new Block.Note(type + ": " + Format.plural(events.size(), "located crime", "located crimes")
						+ " in the period, too few for a near-repeat test."));
				continue;
			}
			KnoxResult result = KnoxTest.run(events, KnoxSettings.of(DISTANCES, MONTHS, SEED).withIterations(PERMUTATIONS));
			blocks.add(knoxTable(tableId, type, result));
			blocks.add(new Block.Paragraph(summary(type, result)));
		}
		return new ReportSection(id, "Near repeats", blocks);
	}

	private static DataTable knoxTable(String id, String type, KnoxResult result) {
		List<List<Object>> rows = new ArrayList<>();
		double[][] ratio = result.ratioToMean();
		for (int s = 0; s < DISTANCES.length; s++) {
			for (int t = 0; t < MONTHS.length; t++) {
				double r = ratio[s][t];
				rows.add(Tables.row(distance(s), time(t), result.observed(s, t), result.meanSimulated()[s][t],
						Double.isFinite(r) ? (Object) r : null, Format.p(result.pValue(s, t)),
						result.pValue(s, t) <= 0.05 && r > 1 ? "More pairs than chance" : ""));
			}
		}
		return new DataTable(id, type + ": pairs of crimes by distance and months apart (Knox test, "
				+ Format.count(result.eventCount()) + " crimes)",
				List.of(Tables.text("Distance apart"), Tables.text("Months apart"), Tables.count("Pairs"),
						Tables.decimal("Expected by chance"), Tables.decimal("Knox ratio"), Tables.text("Significance"),
						Tables.text("Finding")),
				rows);
	}

	private static String summary(String type, KnoxResult result) {
		double[][] ratio = result.ratioToMean();
		List<String> found = new ArrayList<>();
		for (int s = 0; s < DISTANCES.length; s++) {
			for (int t = 0; t < MONTHS.length; t++) {
				if (result.pValue(s, t) <= 0.05 && ratio[s][t] > 1) {
					found.add(distance(s).toLowerCase() + " and " + time(t).toLowerCase() + " ("
							+ String.format(java.util.Locale.UK, "%.2f", ratio[s][t]) + " times the pairs expected, "
							+ Format.p(result.pValue(s, t)) + ")");
				}
			}
		}
		if (found.isEmpty()) {
			return type + ": no distance and time band had significantly more pairs than chance would give.";
		}
		return type + ": more pairs than chance at " + Format.list(found) + ".";
	}

	static String distance(int band) {
		return switch (band) {
			case 0 -> "Same map point";
			case 1 -> "Other map points up to 200 m";
			default -> "200 to 400 m";
		};
	}

	static String time(int band) {
		return switch (band) {
			case 0 -> "Same month";
			case 1 -> "1 month";
			default -> "2 months";
		};
	}

}
