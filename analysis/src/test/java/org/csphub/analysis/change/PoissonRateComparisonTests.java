package org.csphub.analysis.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.csphub.analysis.aggregate.Tally;

/**
 * Expected values are derived here from the binomial definition with exact decimal arithmetic (60
 * digits), independently of commons-math: the two-sided p-value as the sum of every outcome's probability
 * that is no larger than the observed one's (×(1 + 10⁻⁷), R's allowance), and the Clopper-Pearson ends by
 * their defining equations.
 */
class PoissonRateComparisonTests {

	private static final MathContext MC = new MathContext(60);

	/** P(X = i) for X ~ Binomial(n, p) with p = a / (a + b), exactly to 60 digits. */
	private static BigDecimal[] pmf(int n, BigDecimal p) {
		BigDecimal q = BigDecimal.ONE.subtract(p, MC);
		BigDecimal[] probabilities = new BigDecimal[n + 1];
		BigInteger choose = BigInteger.ONE;
		for (int i = 0; i <= n; i++) {
			if (i > 0) {
				choose = choose.multiply(BigInteger.valueOf(n - i + 1)).divide(BigInteger.valueOf(i));
			}
			probabilities[i] = new BigDecimal(choose).multiply(p.pow(i, MC), MC).multiply(q.pow(n - i, MC), MC);
		}
		return probabilities;
	}

	private static BigDecimal ratio(double currentExposure, double baselineExposure) {
		BigDecimal a = new BigDecimal(currentExposure);
		return a.divide(a.add(new BigDecimal(baselineExposure)), MC);
	}

	/** The minimum-likelihood two-sided p-value by its definition. */
	private static double pValueByDefinition(int x, int n, BigDecimal p) {
		BigDecimal[] probabilities = pmf(n, p);
		BigDecimal limit = probabilities[x].multiply(new BigDecimal("1.0000001"), MC);
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal probability : probabilities) {
			if (probability.compareTo(limit) <= 0) {
				sum = sum.add(probability, MC);
			}
		}
		return Math.min(1, sum.doubleValue());
	}

	/** P(X >= x) and P(X <= x) at the proportion that a rate ratio bound maps back to. */
	private static double upperTailAt(int x, int n, double proportion) {
		BigDecimal[] probabilities = pmf(n, new BigDecimal(proportion));
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = x; i <= n; i++) {
			sum = sum.add(probabilities[i], MC);
		}
		return sum.doubleValue();
	}

	private static double lowerTailAt(int x, int n, double proportion) {
		BigDecimal[] probabilities = pmf(n, new BigDecimal(proportion));
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i <= x; i++) {
			sum = sum.add(probabilities[i], MC);
		}
		return sum.doubleValue();
	}

	/** The binomial proportion a rate ratio r corresponds to: r·e1 / (r·e1 + e2). */
	private static double proportion(double ratio, double currentExposure, double baselineExposure) {
		return ratio * currentExposure / (ratio * currentExposure + baselineExposure);
	}

	@Test
	void rsDocumentedExampleAgreesWithTheBinomialDefinition() {
		// poisson.test(c(11, 6+8+7), c(800, 1083+1050+878)): lung cancer in Fredericia against three cities.
		RateComparison r = PoissonRateComparison.compare(11, 800, 21, 3011);
		assertThat(r.expectedCurrent()).isCloseTo(32 * 800 / 3811.0, within(1e-12));
		assertThat(r.rateRatio().getAsDouble()).isCloseTo((11 / 800.0) / (21 / 3011.0), within(1e-12));
		assertThat(r.pValue()).isCloseTo(pValueByDefinition(11, 32, ratio(800, 3011)), within(1e-12));
		// Clopper-Pearson: P(X >= 11 | lower) = 0.025 and P(X <= 11 | upper) = 0.025.
		assertThat(upperTailAt(11, 32, proportion(r.ratioLower(), 800, 3011))).isCloseTo(0.025, within(1e-10));
		assertThat(lowerTailAt(11, 32, proportion(r.ratioUpper(), 800, 3011))).isCloseTo(0.025, within(1e-10));
		assertThat(r.ratioLower()).isLessThan(1).isPositive();
		assertThat(r.ratioUpper()).isGreaterThan(1);
		assertThat(r.verdict()).isEqualTo(ChangeVerdict.NO_SIGNIFICANT_CHANGE);
		assertThat(r.percentChange().getAsDouble()).isCloseTo(100 * ((11 / 800.0) / (21 / 3011.0) - 1), within(1e-9));
	}

	@Test
	void tenAgainstNoneIsASignificantRiseWithAnOpenInterval() {
		// Binomial(10, 1/2): P(10) = P(0) = 1/1024 are the only outcomes as unlikely → p = 2/1024.
		RateComparison r = PoissonRateComparison.compare(10, 12, 0, 12);
		assertThat(r.pValue()).isCloseTo(2 / 1024.0, within(1e-15));
		assertThat(r.rateRatio()).isEmpty();
		assertThat(r.percentChange()).isEmpty();
		assertThat(r.ratioUpper()).isEqualTo(Double.POSITIVE_INFINITY);
		// x = n: the lower end solves π^10 = 0.025.
		double pi = Math.pow(0.025, 0.1);
		assertThat(r.ratioLower()).isCloseTo(pi / (1 - pi), within(1e-9));
		assertThat(r.verdict()).isEqualTo(ChangeVerdict.SIGNIFICANT_RISE);
		RateComparison fall = PoissonRateComparison.compare(0, 12, 10, 12);
		assertThat(fall.pValue()).isCloseTo(2 / 1024.0, within(1e-15));
		assertThat(fall.ratioLower()).isZero();
		assertThat(fall.ratioUpper()).isCloseTo((1 - pi) / pi, within(1e-9));
		assertThat(fall.verdict()).isEqualTo(ChangeVerdict.SIGNIFICANT_FALL);
		assertThat(fall.percentChange()).hasValue(-100.0);
	}

	@Test
	void equalCountsOverEqualPeriodsShowNoChange() {
		RateComparison r = PoissonRateComparison.compare(20, 12, 20, 12);
		assertThat(r.pValue()).isEqualTo(1.0);
		assertThat(r.rateRatio()).hasValue(1.0);
		assertThat(r.percentChange()).hasValue(0.0);
		assertThat(r.verdict()).isEqualTo(ChangeVerdict.NO_SIGNIFICANT_CHANGE);
	}

	@Test
	void exposureChangesTheExpectedCount() {
		// 24 in 12 months against 12 in 6: the same rate.
		RateComparison r = PoissonRateComparison.compare(24, 12, 12, 6);
		assertThat(r.rateRatio()).hasValue(1.0);
		assertThat(r.expectedCurrent()).isCloseTo(24, within(1e-12));
		assertThat(r.pValue()).isEqualTo(1.0);
	}

	@Test
	void smallCountsAreTooFewToTell() {
		assertThat(PoissonRateComparison.compare(3, 12, 4, 12).verdict()).isEqualTo(ChangeVerdict.TOO_FEW_TO_TELL);
		// n = 9 < 10, even though p = 2/512 < 0.05.
		assertThat(PoissonRateComparison.compare(9, 12, 0, 12).verdict()).isEqualTo(ChangeVerdict.TOO_FEW_TO_TELL);
		// n = 32 but the baseline expects 32 × 1/13 = 2.46 < 5.
		assertThat(PoissonRateComparison.compare(30, 12, 2, 1).verdict()).isEqualTo(ChangeVerdict.TOO_FEW_TO_TELL);
		RateComparison none = PoissonRateComparison.compare(0, 12, 0, 12);
		assertThat(none.pValue()).isEqualTo(1.0);
		assertThat(none.ratioLower()).isZero();
		assertThat(none.ratioUpper()).isEqualTo(Double.POSITIVE_INFINITY);
		assertThat(none.verdict()).isEqualTo(ChangeVerdict.TOO_FEW_TO_TELL);
	}

	@Test
	void largeCountsAgreeWithTheDefinition() {
		RateComparison r = PoissonRateComparison.compare(1200, 12, 1050, 12);
		assertThat(r.pValue()).isCloseTo(pValueByDefinition(1200, 2250, ratio(12, 12)), within(1e-12));
		assertThat(r.pValue()).isBetween(0.001, 0.01);
		assertThat(r.verdict()).isEqualTo(ChangeVerdict.SIGNIFICANT_RISE);
		assertThat(r.percentChange().getAsDouble()).isCloseTo(100 * (1200 / 1050.0 - 1), within(1e-9));
		assertThat(upperTailAt(1200, 2250, proportion(r.ratioLower(), 12, 12))).isCloseTo(0.025, within(1e-9));
		assertThat(lowerTailAt(1200, 2250, proportion(r.ratioUpper(), 12, 12))).isCloseTo(0.025, within(1e-9));
	}

	@Test
	void randomCountsAndExposuresAgreeWithTheDefinition() {
		Random random = new Random(4242L);
		for (int k = 0; k < 150; k++) {
			int current = random.nextInt(80);
			int baseline = random.nextInt(80);
			double e1 = 1 + random.nextInt(24);
			double e2 = 1 + random.nextInt(24);
			RateComparison r = PoissonRateComparison.compare(current, e1, baseline, e2);
			int n = current + baseline;
			double expected = n == 0 ? 1 : pValueByDefinition(current, n, ratio(e1, e2));
			assertThat(r.pValue()).as("p for %d/%s vs %d/%s", current, e1, baseline, e2)
				.isCloseTo(expected, within(1e-11 + 1e-9 * expected));
			assertThat(r.ratioLower()).isLessThanOrEqualTo(r.ratioUpper());
			if (baseline > 0 && current > 0) {
				assertThat(r.rateRatio().getAsDouble()).isBetween(r.ratioLower(), r.ratioUpper());
			}
		}
	}

	@Test
	void talliesAreComparedOnTheirCoveredMonths() {
		// 11 months covered against 12: exposures 11 and 12.
		Tally current = new Tally(110, 11, List.of(YearMonth.of(2024, 3)));
		Tally baseline = new Tally(120, 12, List.of());
		RateComparison r = PoissonRateComparison.compare(current, baseline);
		assertThat(r.currentExposure()).isEqualTo(11);
		assertThat(r.rateRatio()).hasValue(1.0);
		assertThatThrownBy(() -> PoissonRateComparison.compare(new Tally(0, 0, List.of(YearMonth.of(2024, 1))), baseline))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PoissonRateComparison.compare(1, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PoissonRateComparison.compare(-1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
	}

}
