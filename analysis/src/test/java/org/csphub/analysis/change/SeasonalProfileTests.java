package org.csphub.analysis.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Month;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import org.csphub.analysis.aggregate.MonthlySeries;

class SeasonalProfileTests {

	@Test
	void averagesEachCalendarMonthOverTheYearsItIsCovered() {
		// 2022-11 … 2024-02: 16 months. November 10 and 14, December 30 and a missing month, January 6 and
		// 8, February 4 and 6, every other month 12 (one year each).
		YearMonth first = YearMonth.of(2022, 11);
		long[] counts = new long[16];
		boolean[] covered = new boolean[16];
		for (int i = 0; i < 16; i++) {
			covered[i] = true;
			counts[i] = 12;
		}
		counts[0] = 10; // 2022-11
		counts[1] = 30; // 2022-12
		counts[2] = 6; // 2023-01
		counts[3] = 4; // 2023-02
		counts[12] = 14; // 2023-11
		covered[13] = false; // 2023-12 missing
		counts[13] = 999;
		counts[14] = 8; // 2024-01
		counts[15] = 6; // 2024-02
		SeasonalProfile profile = SeasonalProfile.of(new MonthlySeries(first, counts, covered));
		assertThat(profile.month(Month.NOVEMBER).years()).isEqualTo(2);
		assertThat(profile.month(Month.NOVEMBER).mean()).hasValue(12.0);
		assertThat(profile.month(Month.DECEMBER).years()).isEqualTo(1);
		assertThat(profile.month(Month.DECEMBER).mean()).hasValue(30.0);
		assertThat(profile.month(Month.JANUARY).mean()).hasValue(7.0);
		assertThat(profile.month(Month.FEBRUARY).mean()).hasValue(5.0);
		assertThat(profile.month(Month.JUNE).mean()).hasValue(12.0);
		// Overall: mean of the twelve means = (12 + 30 + 7 + 5 + 8 × 12) / 12 = 150 / 12 = 12.5.
		assertThat(profile.overallMean()).hasValue(12.5);
		assertThat(profile.month(Month.DECEMBER).index().getAsDouble()).isCloseTo(30 / 12.5, within(1e-15));
		assertThat(profile.month(Month.FEBRUARY).index().getAsDouble()).isCloseTo(0.4, within(1e-15));
		double sum = profile.months().stream().mapToDouble(m -> m.index().getAsDouble()).sum();
		assertThat(sum).isCloseTo(12, within(1e-12));
	}

	@Test
	void aCalendarMonthNeverCoveredHasNoMeanAndNoIndex() {
		MonthlySeries series = new MonthlySeries(YearMonth.of(2024, 1), new long[] { 4, 0, 8 },
				new boolean[] { true, false, true });
		SeasonalProfile profile = SeasonalProfile.of(series);
		assertThat(profile.month(Month.FEBRUARY).years()).isZero();
		assertThat(profile.month(Month.FEBRUARY).mean()).isEmpty();
		assertThat(profile.month(Month.FEBRUARY).index()).isEmpty();
		assertThat(profile.month(Month.JUNE).mean()).isEmpty();
		assertThat(profile.overallMean()).hasValue(6.0);
		assertThat(profile.month(Month.MARCH).index()).hasValue(8 / 6.0);
		SeasonalProfile zeros = SeasonalProfile.of(new MonthlySeries(YearMonth.of(2024, 1), new long[] { 0 },
				new boolean[] { true }));
		assertThat(zeros.month(Month.JANUARY).mean()).hasValue(0.0);
		assertThat(zeros.month(Month.JANUARY).index()).isEmpty();
	}

}
