package org.csphub.analysis.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MannKendallTests {

	@Test
	void aStrictlyIncreasingSeriesHasTheMaximumScoreAndTheUntiedVariance() {
		for (int n : new int[] { 3, 5, 10, 24 }) {
			double[] x = new double[n];
			for (int i = 0; i < n; i++) {
				x[i] = i + 1;
			}
			MannKendallResult r = MannKendall.test(x);
			double s = n * (n - 1) / 2.0;
			double var = n * (n - 1) * (2.0 * n + 5) / 18.0;
			assertThat(r.s()).isEqualTo((long) s);
			assertThat(r.varianceS()).isEqualTo(var);
			assertThat(r.z()).isCloseTo((s - 1) / Math.sqrt(var), within(1e-12));
			assertThat(r.tau()).isEqualTo(1.0);
		}
		// n = 10: S = 45, Var = 10·9·25/18 = 125, z = 44/√125 = 3.9354, p ≈ 8.3e-5.
		double[] ten = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
		MannKendallResult r = MannKendall.test(ten);
		assertThat(r.varianceS()).isEqualTo(125.0);
		assertThat(r.direction()).isEqualTo(TrendDirection.INCREASING);
		MannKendallResult down = MannKendall.test(new double[] { 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 });
		assertThat(down.s()).isEqualTo(-45);
		assertThat(down.z()).isCloseTo(-44 / Math.sqrt(125), within(1e-12));
		assertThat(down.direction()).isEqualTo(TrendDirection.DECREASING);
		assertThat(down.pValue()).isEqualTo(r.pValue());
	}

	@Test
	void tiesReduceTheVarianceByTheTieCorrection() {
		// Values 1,2,2,3,3,3,1: S by hand. Pairs (i<j), sign(xj - xi):
		// from 1: +1 +1 +1 +1 +1 0 = 5; from 2: 0 +1 +1 +1 -1 = 2; from 2: +1 +1 +1 -1 = 2;
		// from 3: 0 0 -1 = -1; from 3: 0 -1 = -1; from 3: -1 = -1. S = 6.
		double[] x = { 1, 2, 2, 3, 3, 3, 1 };
		MannKendallResult r = MannKendall.test(x);
		assertThat(r.s()).isEqualTo(6);
		// Tie groups: value 1 ×2, value 2 ×2, value 3 ×3.
		double n = 7;
		double ties = 2 * (2 * 1 * 9) + 3 * 2 * 11;
		double var = (n * (n - 1) * (2 * n + 5) - ties) / 18;
		assertThat(var).isEqualTo((7 * 6 * 19 - 36 - 66) / 18.0);
		assertThat(r.varianceS()).isCloseTo(var, within(1e-12));
		assertThat(r.z()).isCloseTo(5 / Math.sqrt(var), within(1e-12));
		assertThat(r.tau()).isCloseTo(6 / 21.0, within(1e-15));
	}

	@Test
	void randomSeriesAgreeWithTheDefinitionComputedHere() {
		Random random = new Random(12345L);
		for (int k = 0; k < 200; k++) {
			int n = 2 + random.nextInt(60);
			double[] x = new double[n];
			for (int i = 0; i < n; i++) {
				x[i] = random.nextInt(8); // plenty of ties
			}
			long s = 0;
			for (int i = 0; i < n; i++) {
				for (int j = i + 1; j < n; j++) {
					s += (long) Math.signum(x[j] - x[i]);
				}
			}
			double ties = 0;
			for (int v = 0; v < 8; v++) {
				int t = 0;
				for (double value : x) {
					t += value == v ? 1 : 0;
				}
				ties += t * (t - 1.0) * (2.0 * t + 5);
			}
			double var = (n * (n - 1.0) * (2.0 * n + 5) - ties) / 18;
			MannKendallResult r = MannKendall.test(x);
			assertThat(r.s()).isEqualTo(s);
			assertThat(r.varianceS()).isCloseTo(var, within(1e-9));
			double z = s == 0 || var == 0 ? 0 : (s - Math.signum(s)) / Math.sqrt(var);
			assertThat(r.z()).isCloseTo(z, within(1e-12));
			assertThat(r.pValue()).isBetween(0.0, 1.0);
		}
	}

	@Test
	void missingValuesAreSkipped() {
		double[] withGaps = { 3, Double.NaN, 5, 4, Double.NaN, 8 };
		double[] without = { 3, 5, 4, 8 };
		MannKendallResult a = MannKendall.test(withGaps);
		MannKendallResult b = MannKendall.test(without);
		assertThat(a).isEqualTo(b);
		assertThat(a.n()).isEqualTo(4);
		// 3→5 +, 3→4 +, 3→8 +, 5→4 -, 5→8 +, 4→8 + : S = 4.
		assertThat(a.s()).isEqualTo(4);
	}

	@Test
	void degenerateSeriesGiveNoTrend() {
		assertThat(MannKendall.test(new double[0]).pValue()).isEqualTo(1.0);
		assertThat(MannKendall.test(new double[] { 4 }).tau()).isNaN();
		MannKendallResult flat = MannKendall.test(new double[] { 2, 2, 2, 2 });
		assertThat(flat.varianceS()).isZero();
		assertThat(flat.z()).isZero();
		assertThat(flat.direction()).isEqualTo(TrendDirection.NO_TREND);
		assertThatThrownBy(() -> MannKendall.test(new double[] { 1, Double.POSITIVE_INFINITY }))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void sensSlopeIsTheMedianPairwiseSlope() {
		// Slopes of 1,3,2,5: 2, 0.5, 4/3, -1, 1, 3 → median (1 + 4/3)/2 = 7/6.
		SensSlope sen = SensSlope.of(new double[] { 1, 3, 2, 5 });
		assertThat(sen.slope()).isCloseTo(7 / 6.0, within(1e-15));
		assertThat(sen.pairs()).isEqualTo(6);
		// Intercept: median(x) = 2.5, median(t) = 1.5 → 2.5 − 1.5 × 7/6 = 0.75.
		assertThat(sen.intercept()).isCloseTo(0.75, within(1e-15));
		SensSlope line = SensSlope.of(new double[] { 5, 7, 9, 11, 13 });
		assertThat(line.slope()).isEqualTo(2.0);
		assertThat(line.intercept()).isEqualTo(5.0);
		assertThat(line.at(10)).isEqualTo(25.0);
	}

	@Test
	void sensSlopeKeepsTheTimePositionOfMissingValues() {
		// 1 at t=0 and 3 at t=2: one slope of 1, not 2.
		SensSlope sen = SensSlope.of(new double[] { 1, Double.NaN, 3 });
		assertThat(sen.slope()).isEqualTo(1.0);
		assertThat(sen.pairs()).isEqualTo(1);
		// median(x) = 2, median(t) = 1 → intercept 1.
		assertThat(sen.intercept()).isEqualTo(1.0);
		assertThat(SensSlope.of(new double[] { Double.NaN, 4 }).slope()).isNaN();
	}

	@Test
	void reproducesPyMannKendallsPublishedResultOnTheBograRainfall() throws IOException {
		double[] bogra = bogra();
		assertThat(bogra).hasSize(360);
		MannKendallResult r = MannKendall.test(bogra);
		assertThat(r.n()).isEqualTo(353);
		assertThat(r.s()).isEqualTo(-1959);
		assertThat(r.varianceS()).isCloseTo(4889800.333333333, within(1e-6));
		assertThat(r.z()).isCloseTo(-0.8854562842589916, within(1e-12));
		assertThat(r.pValue()).isCloseTo(0.37591058740506833, within(1e-12));
		assertThat(r.tau()).isCloseTo(-0.03153167653875869, within(1e-15));
		assertThat(r.direction()).isEqualTo(TrendDirection.NO_TREND);
		// pyMannKendall 1.4's published Sen's slope keeps the time position of missing months.
		SensSlope sen = SensSlope.of(bogra);
		assertThat(sen.slope()).isCloseTo(-0.006369426751592357, within(1e-15));
		assertThat(sen.intercept()).isCloseTo(96.15286624203821, within(1e-10));
	}

	@Test
	void reproducesPyMannKendallsPublishedSeasonalResultOnTheBograRainfall() throws IOException {
		double[] bogra = bogra();
		MannKendallResult r = SeasonalMannKendall.test(bogra, 12);
		assertThat(r.s()).isEqualTo(-399);
		assertThat(r.varianceS()).isCloseTo(34702.333333333336, within(1e-8));
		assertThat(r.z()).isCloseTo(-2.136504114534638, within(1e-12));
		assertThat(r.pValue()).isCloseTo(0.03263834596177739, within(1e-12));
		assertThat(r.tau()).isCloseTo(-0.0794979079497908, within(1e-15));
		assertThat(r.direction()).isEqualTo(TrendDirection.DECREASING);
		SeasonalSensSlope sen = SeasonalSensSlope.of(bogra, 12);
		assertThat(sen.slope()).isCloseTo(-0.08695652173913043, within(1e-15));
		assertThat(sen.intercept()).isCloseTo(96.31159420289855, within(1e-10));
	}

	@Test
	void theSeasonalTestComparesEachSeasonOnlyWithItself() {
		// A strong seasonal swing with no trend: every season is constant across years.
		double[] x = new double[36];
		for (int i = 0; i < x.length; i++) {
			x[i] = (i % 12) * 10;
		}
		assertThat(MannKendall.test(x).s()).isPositive(); // the plain test is fooled by the order of seasons
		MannKendallResult seasonal = SeasonalMannKendall.test(x, 12);
		assertThat(seasonal.s()).isZero();
		assertThat(seasonal.direction()).isEqualTo(TrendDirection.NO_TREND);
		assertThat(SeasonalSensSlope.of(x, 12).slope()).isZero();
		// Adding 2 per year to every month: each season has 3 years rising, S_k = 3, S = 36;
		// Var_k = 3·2·11/18, so Var = 12 × 11/3 = 44.
		for (int i = 0; i < x.length; i++) {
			x[i] += 2 * (i / 12);
		}
		MannKendallResult rising = SeasonalMannKendall.test(x, 12);
		assertThat(rising.s()).isEqualTo(36);
		assertThat(rising.varianceS()).isCloseTo(44, within(1e-12));
		assertThat(rising.tau()).isEqualTo(1.0);
		assertThat(SeasonalSensSlope.of(x, 12).slope()).isEqualTo(2.0);
	}

	@Test
	void aPartYearAndMissingMonthsAreUsedSeasonBySeason() {
		// 14 months, period 12: seasons 0 and 1 have two years, the rest one; month 13 is missing.
		double[] x = new double[14];
		for (int i = 0; i < x.length; i++) {
			x[i] = i;
		}
		x[13] = Double.NaN;
		MannKendallResult r = SeasonalMannKendall.test(x, 12);
		assertThat(r.n()).isEqualTo(13);
		assertThat(r.s()).isEqualTo(1); // only season 0 has a pair: 0 → 12
		assertThat(SeasonalSensSlope.of(x, 12).slope()).isEqualTo(12.0);
		assertThat(SeasonalSensSlope.of(x, 12).pairs()).isEqualTo(1);
	}

	static double[] bogra() throws IOException {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				MannKendallTests.class.getResourceAsStream("/reference/mannkendall/bogra_monthly_rainfall.csv"),
				StandardCharsets.UTF_8))) {
			return reader.lines().skip(1).mapToDouble(line -> {
				String[] fields = line.split(",", -1);
				return fields[2].isEmpty() ? Double.NaN : Double.parseDouble(fields[2]);
			}).toArray();
		}
	}

}
