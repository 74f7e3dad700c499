package org.csphub.analysis.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.csphub.analysis.forecast.ProspectiveHotspotModelTests.assertRelative;
import static org.csphub.analysis.forecast.ProspectiveHotspotModelTests.at;

import java.time.LocalDate;
import java.util.List;

import org.csphub.analysis.grid.Grid;
import org.junit.jupiter.api.Test;

class RetrospectiveKernelModelTests {

	@Test
	void quarticWeightsOfTheReference() {
		double h = 200;
		assertThat(RetrospectiveKernelModel.quartic(0, h)).isEqualTo(1);
		assertThat(RetrospectiveKernelModel.quartic(50, h)).isCloseTo((15.0 / 16) * (15.0 / 16), within(1e-7 * 0.88));
		assertThat(RetrospectiveKernelModel.quartic(Math.hypot(100, 100), h)).isCloseTo(0.25, within(1e-7 * 0.25));
		assertThat(RetrospectiveKernelModel.quartic(200, h)).isZero();
		assertThat(RetrospectiveKernelModel.quartic(200.0001, h)).isZero();
	}

	/**
	 * Cells of 100 m with centres (50,50), (150,50), (250,50) and an excluded fourth at (350,50). One event
	 * on the first centre: distances 0, 100, 200 give 1, (3/4)² and 0. One outside at (-50,50): distances
	 * 100, 200, 300 give (3/4)², 0, 0.
	 */
	@Test
	void weightsAreSummedAtCellCentres() {
		Grid grid = Grid.of(0, 0, 100, 4, 1).withExcluded(new boolean[] { false, false, false, true });
		LocalDate day = LocalDate.of(2024, 1, 10);
		EventsBefore training = EventsBefore.of(List.of(ForecastEvent.on(50, 50, day), ForecastEvent.on(-50, 50, day),
				ForecastEvent.on(350, 50, day)), at(2024, 2, 1));
		double[] risk = new RetrospectiveKernelModel(200).risk(grid, training, at(2024, 2, 1));
		double nine16 = 9.0 / 16;
		// The event in the excluded fourth cell still weighs on the third, 100 m away.
		assertRelative(risk, new double[] { 1 + nine16, nine16, nine16, 0 });
	}

}
