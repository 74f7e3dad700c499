package org.csphub.assessment.internal;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.csphub.analysis.aggregate.MonthlySeries;
import org.csphub.analysis.aggregate.Selection;
import org.csphub.analysis.change.MannKendall;
import org.csphub.analysis.change.MannKendallResult;
import org.csphub.analysis.change.SeasonalProfile;
import org.csphub.analysis.change.SensSlope;
import org.csphub.analysis.change.TrendDirection;
import org.csphub.areas.AreaType;
import org.csphub.reporting.Block;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.ReportSection;

/**
 * Section {@code seasonality}: the seasonal profile of crime and of ASB by calendar month (the mean
 * count in each calendar month over the months loaded in both periods, and its index against the
 * average month), and the trend over those months (Mann-Kendall test, Sen's slope in incidents per month).
 */
final class SeasonalitySection {

	private SeasonalitySection() {
	}

	static ReportSection build(AssessmentInputs in) {
		String title = "Seasonality and trend";
		if (!in.hasPeriodData()) {
			return new ReportSection(AssessmentSections.SEASONALITY, title, List.of(Notes.noPoliceData(in)));
		}
		MonthlySeries crime = series(in, in.crime());
		MonthlySeries asb = series(in, in.asb());
		SeasonalProfile crimeProfile = SeasonalProfile.of(crime);
		SeasonalProfile asbProfile = SeasonalProfile.of(asb);
		List<List<Object>> rows = new ArrayList<>();
		List<Charts.Bar> bars = new ArrayList<>();
		for (Month month : Month.values()) {
			SeasonalProfile.MonthProfile c = crimeProfile.month(month);
			SeasonalProfile.MonthProfile a = asbProfile.month(month);
			String name = month.getDisplayName(TextStyle.FULL, Locale.UK);
			rows.add(Tables.row(name, (long) c.years(), value(c.mean()), value(c.index()), value(a.mean()),
					value(a.index())));
			if (c.index().isPresent()) {
				bars.add(new Charts.Bar(name, c.index().getAsDouble(),
						String.format(Locale.UK, "%.2f", c.index().getAsDouble())));
			}
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Paragraph("Over " + Format.period(in.spanFirst, in.spanLast) + " ("
				+ Format.plural(in.policeMonths.size(), "month", "months") + " of data). " + peaks("Crime", crimeProfile)
				+ " " + peaks("Anti-social behaviour", asbProfile)));
		if (in.policeMonths.size() < 24) {
			blocks.add(new Block.Note("Fewer than two years of data: each calendar month is seen at most once or twice, "
					+ "so the profile shows these years, not a settled seasonal pattern."));
		}
		blocks.add(new Block.Figure("seasonality-chart", "Seasonal index of crime by calendar month",
				"Horizontal bar chart of the seasonal index of crime for each calendar month: 1 is an average month, 1.2 a "
						+ "month 20% busier than average. " + peaks("Crime", crimeProfile),
				Charts.horizontal("seasonality-chart", "Seasonal index of crime by calendar month",
						"Seasonal index of crime for each calendar month; 1 is an average month.", bars),
				"seasonality-profile"));
		blocks.add(new DataTable("seasonality-profile", "Seasonal profile: mean incidents in each calendar month",
				List.of(Tables.text("Month"), Tables.count("Years of data"), Tables.decimal("Crime, mean"),
						Tables.decimal("Crime, index"), Tables.decimal("ASB, mean"), Tables.decimal("ASB, index")),
				rows));
		MannKendallResult crimeTrend = MannKendall.test(crime.toDoubles());
		MannKendallResult asbTrend = MannKendall.test(asb.toDoubles());
		SensSlope crimeSlope = SensSlope.of(crime.toDoubles());
		SensSlope asbSlope = SensSlope.of(asb.toDoubles());
		blocks.add(new Block.Paragraph(trend("Crime", crimeTrend, crimeSlope) + " " + trend("Anti-social behaviour",
				asbTrend, asbSlope)));
		blocks.add(new DataTable("seasonality-trend", "Trend over the months loaded (Mann-Kendall test, Sen's slope)",
				List.of(Tables.text("Series"), Tables.count("Months"), Tables.decimal("Sen's slope per month"),
						Tables.decimal("Kendall's tau"), Tables.text("Significance"), Tables.text("Trend")),
				List.of(trendRow("Crime", crimeTrend, crimeSlope), trendRow("Anti-social behaviour", asbTrend, asbSlope))));
		return new ReportSection(AssessmentSections.SEASONALITY, title, blocks);
	}

	static MonthlySeries series(AssessmentInputs in, Selection selection) {
		return in.cubes.get(AreaType.LSOA).byMonth(selection.months(in.spanFirst, in.spanLast));
	}

	private static Double value(java.util.OptionalDouble value) {
		return value.isPresent() ? value.getAsDouble() : null;
	}

	private static String peaks(String what, SeasonalProfile profile) {
		SeasonalProfile.MonthProfile high = null;
		SeasonalProfile.MonthProfile low = null;
		for (SeasonalProfile.MonthProfile m : profile.months()) {
			if (m.index().isEmpty()) {
				continue;
			}
			if (high == null || m.index().getAsDouble() > high.index().getAsDouble()) {
				high = m;
			}
			if (low == null || m.index().getAsDouble() < low.index().getAsDouble()) {
				low = m;
			}
		}
		if (high == null) {
			return what + ": no seasonal profile (no incidents).";
		}
		return what + " was highest in " + high.month().getDisplayName(TextStyle.FULL, Locale.UK) + " (index "
				+ String.format(Locale.UK, "%.2f", high.index().getAsDouble()) + ") and lowest in "
				+ low.month().getDisplayName(TextStyle.FULL, Locale.UK) + " ("
				+ String.format(Locale.UK, "%.2f", low.index().getAsDouble()) + ").";
	}

	private static String direction(TrendDirection direction) {
		return switch (direction) {
			case INCREASING -> "Rising";
			case DECREASING -> "Falling";
			default -> "No significant trend";
		};
	}

	private static String trend(String what, MannKendallResult result, SensSlope slope) {
		String sens = Double.isNaN(slope.slope()) ? "" : ", Sen's slope " + String.format(Locale.UK, "%+.1f", slope.slope())
				+ " a month";
		return what + ": " + direction(result.direction()).toLowerCase(Locale.UK) + " (Mann-Kendall "
				+ Format.p(result.pValue()) + sens + ").";
	}

	private static List<Object> trendRow(String what, MannKendallResult result, SensSlope slope) {
		return Tables.row(what, (long) result.n(), Double.isNaN(slope.slope()) ? null : slope.slope(),
				Double.isNaN(result.tau()) ? null : result.tau(), Format.p(result.pValue()), direction(result.direction()));
	}

}
