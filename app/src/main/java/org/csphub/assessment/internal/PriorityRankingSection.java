package org.csphub.assessment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.csphub.analysis.priority.Direction;
import org.csphub.analysis.priority.Indicator;
import org.csphub.analysis.priority.Normalisation;
import org.csphub.analysis.priority.PriorityIndex;
import org.csphub.analysis.priority.PriorityRanking;
import org.csphub.analysis.priority.PriorityRanking.AreaScore;
import org.csphub.analysis.priority.PriorityRanking.Contribution;
import org.csphub.areas.AreaMatch;
import org.csphub.areas.AreaType;
import org.csphub.areas.LsoaReference;
import org.csphub.incidents.LocationCount;
import org.csphub.reporting.Block;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.ReportSection;

/**
 * Section {@code priority-ranking}: the wards (or, without wards, the LSOAs) ranked by a priority index
 * ({@link PriorityIndex}, rank-percentile normalisation) of five indicators: crime rate and ASB rate per
 * 1,000 residents (weight 1 each), the change in crime on the comparison period (weight 0.5), deprivation
 * as the mean IMD 2019 rank of the area's LSOAs (lower is worse, weight 1) and repeat concentration, the
 * share of the area's located crime that repeats at a map point already hit (weight 0.5). The table gives
 * each indicator's value and its contribution to the score; the three highest become candidate issues.
 */
final class PriorityRankingSection {

	static final String CRIME_RATE = "Crime per 1,000 residents";

	static final String ASB_RATE = "ASB per 1,000 residents";

	static final String CHANGE = "Change in crime";

	static final String DEPRIVATION = "Mean IMD rank";

	static final String REPEATS = "Repeat share";

	static final PriorityIndex INDEX = new PriorityIndex(List.of(
			new Indicator(CRIME_RATE, Direction.HIGHER_IS_WORSE, Normalisation.RANK_PERCENTILE, 1),
			new Indicator(ASB_RATE, Direction.HIGHER_IS_WORSE, Normalisation.RANK_PERCENTILE, 1),
			new Indicator(CHANGE, Direction.HIGHER_IS_WORSE, Normalisation.RANK_PERCENTILE, 0.5),
			new Indicator(DEPRIVATION, Direction.LOWER_IS_WORSE, Normalisation.RANK_PERCENTILE, 1),
			new Indicator(REPEATS, Direction.HIGHER_IS_WORSE, Normalisation.RANK_PERCENTILE, 0.5)));

	private PriorityRankingSection() {
	}

	static ReportSection build(AssessmentInputs in, Findings findings) {
		String title = "Priority neighbourhood ranking";
		if (!in.hasPeriodData()) {
			return new ReportSection(AssessmentSections.PRIORITY_RANKING, title, List.of(Notes.noPoliceData(in)));
		}
		AreaType type = in.areas.get(AreaType.WARD).stream().anyMatch(w -> w.population2019() != null) ? AreaType.WARD
				: AreaType.LSOA;
		if (in.areas.get(type).isEmpty()) {
			return new ReportSection(AssessmentSections.PRIORITY_RANKING, title, List.of(new Block.Note("No wards or LSOAs "
					+ "are loaded, so there is nothing to rank.")));
		}
		Map<String, Map<String, Double>> values = indicators(in, type);
		PriorityRanking ranking = INDEX.rank(values);
		String noun = type == AreaType.WARD ? "ward" : "LSOA";
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Paragraph("Each " + noun + " is scored on five indicators, each put on a scale of 0 to 1 by its "
				+ "rank among the " + noun + "s (1 = the worst), and weighted: crime rate and ASB rate per 1,000 residents "
				+ "(weight 1 each), change in crime on the comparison period (0.5), deprivation as the mean IMD 2019 rank of "
				+ "the " + noun + "'s LSOAs (1), and the share of its located crime at a map point already hit in the period "
				+ "(0.5). The score is the weighted mean, from 0 to 1; each indicator's contribution is shown, and they add "
				+ "up to the score. An indicator a " + noun + " has no value for is left out of its score and the other "
				+ "weights scaled up."));
		blocks.add(new Block.Note("The ranking is a starting point for discussion, not a decision: the weights are a "
				+ "choice, and small areas' rates swing by chance. The repeat share counts police.uk map points, each "
				+ "covering at least eight addresses, not addresses."));
		List<List<Object>> rows = new ArrayList<>();
		for (AreaScore score : ranking.ranked()) {
			Map<String, Contribution> by = new HashMap<>();
			score.contributions().forEach(c -> by.put(c.indicator(), c));
			List<Object> row = Tables.row((long) score.rank(), in.name(type, score.area()), score.area(), score.score());
			for (Indicator indicator : INDEX.indicators()) {
				Contribution c = by.get(indicator.name());
				Object raw = c == null ? null
						: indicator.name().equals(CHANGE) || indicator.name().equals(REPEATS) ? (Object) c.rawValue()
								: indicator.name().equals(DEPRIVATION) ? (Object) Math.round(c.rawValue()) : c.rawValue();
				row.add(raw);
				row.add(c == null ? null : c.contribution());
			}
			row.add(String.join(", ", score.missingIndicators()));
			rows.add(row);
		}
		List<DataTable.Column> columns = new ArrayList<>(List.of(Tables.count("Rank"),
				Tables.text(type == AreaType.WARD ? "Ward" : "LSOA"), Tables.text("Code"), Tables.decimal("Score")));
		columns.add(Tables.decimal(CRIME_RATE));
		columns.add(Tables.decimal("Contribution"));
		columns.add(Tables.decimal(ASB_RATE));
		columns.add(Tables.decimal("Contribution"));
		columns.add(Tables.percent(CHANGE));
		columns.add(Tables.decimal("Contribution"));
		columns.add(Tables.count(DEPRIVATION));
		columns.add(Tables.decimal("Contribution"));
		columns.add(Tables.percent(REPEATS));
		columns.add(Tables.decimal("Contribution"));
		columns.add(Tables.text("Indicators missing"));
		blocks.add(new DataTable("priority-ranking-table", "Priority index of each " + noun + ", highest first",
				columns, rows));
		List<String> top = new ArrayList<>();
		for (AreaScore score : ranking.ranked().subList(0, Math.min(3, ranking.ranked().size()))) {
			String name = in.name(type, score.area());
			top.add(name + " (" + String.format(Locale.UK, "%.2f", score.score()) + ")");
			findings.candidate("area:" + type.name().toLowerCase(Locale.ROOT) + ":" + score.area(), name,
					"Priority index rank " + score.rank() + " of " + ranking.ranked().size() + " " + noun + "s (score "
							+ String.format(Locale.UK, "%.2f", score.score()) + ")");
		}
		blocks.add(1, new Block.Paragraph("Highest scores: " + Format.list(top) + "."));
		if (!ranking.unranked().isEmpty()) {
			blocks.add(new Block.Note(Format.plural(ranking.unranked().size(), noun, noun + "s")
					+ " could not be ranked for want of any indicator."));
		}
		return new ReportSection(AssessmentSections.PRIORITY_RANKING, title, blocks);
	}

	/** The raw indicator values of every area of the type (NaN where not available). */
	static Map<String, Map<String, Double>> indicators(AssessmentInputs in, AreaType type) {
		List<AreasSection.AreaRow> rows = AreasSection.rows(in, type);
		Map<String, double[]> repeats = repeatShares(in, type);
		Map<String, Map<String, Double>> values = new LinkedHashMap<>();
		for (AreasSection.AreaRow row : rows) {
			if (AssessmentInputs.NO_AREA.equals(row.code())) {
				continue;
			}
			Map<String, Double> v = new HashMap<>();
			v.put(CRIME_RATE, orNaN(row.crimeRate()));
			v.put(ASB_RATE, orNaN(row.asbRate()));
			v.put(CHANGE, orNaN(row.crime().fraction()));
			v.put(DEPRIVATION, meanImdRank(in, type, row.code()));
			double[] r = repeats.get(row.code());
			v.put(REPEATS, r == null || r[1] == 0 ? Double.NaN : r[0] / r[1]);
			values.put(row.code(), v);
		}
		return values;
	}

	private static double orNaN(Double value) {
		return value == null ? Double.NaN : value;
	}

	private static double meanImdRank(AssessmentInputs in, AreaType type, String code) {
		List<String> lsoas = type == AreaType.LSOA ? List.of(code) : in.lsoasOf(type, code);
		double sum = 0;
		int n = 0;
		for (String lsoa : lsoas) {
			LsoaReference ref = in.lsoas.get(lsoa);
			if (ref != null && ref.imd() != null && ref.imd().rank() != null) {
				sum += ref.imd().rank();
				n++;
			}
		}
		return n == 0 ? Double.NaN : sum / n;
	}

	/** Per area: {repeat incidents, incidents} of located crime, by the area each map point lies in. */
	private static Map<String, double[]> repeatShares(AssessmentInputs in, AreaType type) {
		Map<String, double[]> shares = new HashMap<>();
		for (LocationCount c : in.crimeLocations) {
			AreaMatch match = in.locator.locate(c.easting(), c.northing());
			String area = type == AreaType.WARD ? match.wardCode() : match.lsoaCode();
			if (area == null) {
				continue;
			}
			double[] s = shares.computeIfAbsent(area, a -> new double[2]);
			s[0] += Math.max(0, c.count() - 1);
			s[1] += c.count();
		}
		return shares;
	}

}
