package org.csphub.analysis.nearrepeat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Knox test against the published pair counts of the {@code tobydavies/NearRepeat} notebooks on
 * Chicago's 2016 residential burglaries (reference README, section 4). Counts are integers: exact.
 */
class KnoxReferenceTests {

	private static final double[] SPATIAL = { 0.1, 200, 400, 600 };

	private static final double[] TEMPORAL = { 7, 14, 21 };

	private static List<KnoxEvent> events;

	@BeforeAll
	static void load() {
		events = ChicagoBurglaries.year2016();
	}

	@Test
	void theFileHolds45319BurglariesFrom2014To2017() {
		assertThat(ChicagoBurglaries.between(LocalDate.of(2014, 1, 1), LocalDate.of(2017, 12, 31))).hasSize(45_319);
	}

	@Test
	void theYear2016Holds11701Burglaries() {
		assertThat(events).hasSize(11_701);
	}

	@Test
	void rightClosedBandsGiveThePublishedCounts() {
		KnoxResult result = KnoxTest.run(events, new KnoxSettings(SPATIAL, TEMPORAL, IntervalConvention.RIGHT_CLOSED,
				DistanceMetric.EUCLIDEAN, 0, 1));
		assertThat(result.observed()).isEqualTo(new long[][] {
				{ 342, 97, 62 },
				{ 1892, 1514, 1362 },
				{ 4145, 3643, 3592 },
				{ 5805, 5143, 4919 } });
		assertThat(result.settings().spatialLabel(0)).isEqualTo("[0, 0.1]");
		assertThat(result.settings().spatialLabel(1)).isEqualTo("(0.1, 200]");
		assertThat(result.settings().temporalLabel(2)).isEqualTo("(14, 21]");
	}

	@Test
	void leftClosedBandsGiveThePublishedCounts() {
		KnoxResult result = KnoxTest.run(events, new KnoxSettings(SPATIAL, TEMPORAL, IntervalConvention.LEFT_CLOSED,
				DistanceMetric.EUCLIDEAN, 0, 1));
		assertThat(result.observed()).isEqualTo(new long[][] {
				{ 319, 106, 62 },
				{ 1647, 1539, 1400 },
				{ 3598, 3660, 3638 },
				{ 5028, 5167, 4935 } });
		assertThat(result.settings().spatialLabel(0)).isEqualTo("[0, 0.1)");
		assertThat(result.settings().temporalLabel(1)).isEqualTo("[7, 14)");
	}

	@Test
	void ninetyNinePermutationsFindTheCloseRepeatsSignificant() {
		KnoxResult result = KnoxTest.run(events, KnoxSettings.of(SPATIAL, TEMPORAL, 2016));
		assertThat(result.settings().iterations()).isEqualTo(99);
		// Same place within a week: 342 observed, far above chance; no permutation reaches it.
		assertThat(result.pValue(0, 0)).isEqualTo(0.01);
		assertThat(result.ratioToMean()[0][0]).isGreaterThan(2);
		for (long[][] band : result.simulated()) {
			for (long[] cell : band) {
				assertThat(cell).hasSize(99);
			}
		}
	}

}
