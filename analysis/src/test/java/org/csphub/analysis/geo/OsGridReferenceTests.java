package org.csphub.analysis.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Grid references against published examples (the OS guide to the National Grid, OS maps). */
class OsGridReferenceTests {

	@Test
	void theOrdnanceSurveyGuidesWorkedExample() {
		// "A guide to coordinate systems in Great Britain": SU 387 148 is 438700 E, 114800 N.
		assertThat(OsGridReference.of(438_700, 114_800, 3)).isEqualTo("SU 387 148");
	}

	@Test
	void benNevisAndLoughboroughTownHall() {
		// Ben Nevis summit, 216666 E 771288 N, is NN 166 712 on OS Landranger 41.
		assertThat(OsGridReference.of(216_666, 771_288, 3)).isEqualTo("NN 166 712");
		// Loughborough lies in 100 km square SK (400000 E, 300000 N).
		assertThat(OsGridReference.of(453_700, 319_700, 2)).isEqualTo("SK 53 19");
	}

	@Test
	void figuresAreTruncatedSoTheReferenceIsTheSquareAtOrBelowThePoint() {
		assertThat(OsGridReference.of(453_799.9, 319_799.9, 3)).isEqualTo("SK 537 197");
		assertThat(OsGridReference.of(400_000, 300_000, 5)).isEqualTo("SK 00000 00000");
		assertThat(OsGridReference.of(0, 0, 1)).isEqualTo("SV 0 0");
		assertThat(OsGridReference.of(469_999, 1_209_999, 1)).isEqualTo("HP 6 0");
		assertThat(OsGridReference.of(699_999, 1_299_999, 1)).isEqualTo("JM 9 9");
	}

	@Test
	void pointsOffTheGridAndBadPrecisionsAreRefused() {
		assertThatThrownBy(() -> OsGridReference.of(-1, 10, 3)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> OsGridReference.of(700_000, 10, 3)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> OsGridReference.of(Double.NaN, 10, 3)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> OsGridReference.of(10, 10, 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
