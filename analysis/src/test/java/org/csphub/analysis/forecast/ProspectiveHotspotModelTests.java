package org.csphub.analysis.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.csphub.analysis.grid.Grid;
import org.junit.jupiter.api.Test;

/** Prospective hotspotting against the reference values of section 3 (open_cp tests); 1e-7 relative. */
class ProspectiveHotspotModelTests {

	private static final double TOLERANCE = 1e-7;

	static void assertRelative(double[] actual, double[] expected) {
		assertThat(actual).hasSameSizeAs(expected);
		for (int i = 0; i < expected.length; i++) {
			assertThat(actual[i]).as("cell %d", i).isCloseTo(expected[i], within(TOLERANCE * Math.abs(expected[i])));
		}
	}

	@Test
	void classicWeightWithTimeBandwidth5AndSpaceBandwidth8() {
		ProspectiveHotspotModel model = new ProspectiveHotspotModel(5, 8, Duration.ofDays(7), CellDistance.CHEBYSHEV);
		assertThat(model.weight(5, 0)).isZero();
		assertThat(model.weight(0, 8)).isZero();
		for (int i = 0; i < 5; i++) {
			assertThat(model.weight(i, 0)).isCloseTo(1.0 / (i + 1), within(TOLERANCE / (i + 1)));
		}
		for (int i = 0; i < 8; i++) {
			assertThat(model.weight(0, i)).isCloseTo(1.0 / (i + 1), within(TOLERANCE / (i + 1)));
		}
		assertThat(model.weight(1, 1)).isCloseTo(0.25, within(TOLERANCE * 0.25));
		assertThat(model.weight(2, 1)).isCloseTo(1.0 / 6, within(TOLERANCE / 6));
		assertThat(model.weight(1, 2)).isCloseTo(1.0 / 6, within(TOLERANCE / 6));
	}

	@Test
	void cellDistances() {
		assertThat(CellDistance.CHEBYSHEV.between(1, 1, 2, 2)).isEqualTo(1);
		assertThat(CellDistance.CHEBYSHEV.between(2, 1, 4, 3)).isEqualTo(2);
		assertThat(CellDistance.CHEBYSHEV.between(1, 1, 1, 2)).isEqualTo(1);
		assertThat(CellDistance.CHEBYSHEV.between(1, 1, 1, 1)).isZero();
		assertThat(CellDistance.CHEBYSHEV.between(2, 1, 1, 2)).isEqualTo(1);
		assertThat(CellDistance.MANHATTAN.between(1, 1, 4, 5)).isEqualTo(7);
		assertThat(CellDistance.MANHATTAN.between(1, 1, 2, 2)).isEqualTo(2);
		assertThat(CellDistance.EUCLIDEAN.between(1, 1, 4, 5)).isEqualTo(5);
	}

	/**
	 * The 150 m square in 50 m cells, one event at (50,50) (cell (1,1), the centre) on 2017-03-01, data up
	 * to 2017-03-02, weekly unit, Chebyshev: the centre weighs 1/(1+t) and its 8 neighbours 1/(2(1+t)).
	 */
	@Test
	void theReferenceGridOnEachPredictionDate() {
		Grid grid = Grid.of(0, 0, 50, 3, 3);
		EventsBefore training = EventsBefore.of(List.of(ForecastEvent.on(50, 50, LocalDate.of(2017, 3, 1))),
				LocalDateTime.of(2017, 3, 2, 0, 0));
		ProspectiveHotspotModel model = ProspectiveHotspotModel.standard();
		double h = 0.5;
		double[] base = { h, h, h, h, 1, h, h, h, h };
		assertRelative(model.risk(grid, training, at(2017, 3, 2)), scaled(base, 1));
		assertRelative(model.risk(grid, training, at(2017, 3, 7)), scaled(base, 1)); // 6 days: 0 whole weeks
		assertRelative(model.risk(grid, training, at(2017, 3, 8)), scaled(base, 0.5));
		assertRelative(model.risk(grid, training, at(2017, 3, 14)), scaled(base, 0.5));
		assertRelative(model.risk(grid, training, at(2017, 3, 15)), scaled(base, 1.0 / 3));
	}

	@Test
	void wholeWeeksAreRoundedDown() {
		ProspectiveHotspotModel model = ProspectiveHotspotModel.standard();
		LocalDateTime event = at(2017, 3, 1);
		assertThat(model.wholeUnits(event, at(2017, 3, 7))).isZero();
		assertThat(model.wholeUnits(event, at(2017, 3, 8))).isEqualTo(1);
		assertThat(model.wholeUnits(event, at(2017, 3, 14))).isEqualTo(1);
		assertThat(model.wholeUnits(event, at(2017, 3, 15))).isEqualTo(2);
	}

	/** Two events, in cells (0,0) and (2,2): the weights add (open_cp's additive case, by hand). */
	@Test
	void eventsAdd() {
		Grid grid = Grid.of(0, 0, 50, 3, 3);
		LocalDate day = LocalDate.of(2017, 3, 1);
		EventsBefore training = EventsBefore.of(
				List.of(ForecastEvent.on(49, 49, day), ForecastEvent.on(101, 101, day)), at(2017, 3, 2));
		double t = 1.0 / 3;
		double[] fromSouthWest = { 1, 0.5, t, 0.5, 0.5, t, t, t, t };
		double[] fromNorthEast = { t, t, t, t, 0.5, 0.5, t, 0.5, 1 };
		double[] expected = new double[9];
		for (int i = 0; i < 9; i++) {
			expected[i] = fromSouthWest[i] + fromNorthEast[i];
		}
		assertRelative(ProspectiveHotspotModel.standard().risk(grid, training, at(2017, 3, 2)), expected);
	}

	@Test
	void bandwidthsUnitAndDistanceAreConfigurable() {
		Grid grid = Grid.of(0, 0, 50, 3, 3);
		EventsBefore training = EventsBefore.of(List.of(ForecastEvent.on(50, 50, LocalDate.of(2017, 3, 1))),
				at(2017, 3, 2));
		// Daily unit: one day old, t = 1. Manhattan: the corners are 2 cells away.
		ProspectiveHotspotModel daily = new ProspectiveHotspotModel(8, 8, Duration.ofDays(1), CellDistance.MANHATTAN);
		double q = 1.0 / 2 * 1.0 / 3;
		double e = 1.0 / 2 * 1.0 / 2;
		assertRelative(daily.risk(grid, training, at(2017, 3, 2)), new double[] { q, e, q, e, 0.5, e, q, e, q });
		// A space bandwidth of 2 cells (strict) keeps the corners (Chebyshev 1) but not Manhattan's 2.
		ProspectiveHotspotModel narrow = new ProspectiveHotspotModel(8, 2, Duration.ofDays(7), CellDistance.MANHATTAN);
		assertRelative(narrow.risk(grid, training, at(2017, 3, 2)), new double[] { 0, 0.5, 0, 0.5, 1, 0.5, 0, 0.5, 0 });
		// A time bandwidth of 1 week drops the event once it is a whole week old.
		ProspectiveHotspotModel brief = new ProspectiveHotspotModel(1, 8, Duration.ofDays(7), CellDistance.CHEBYSHEV);
		assertThat(brief.risk(grid, training, at(2017, 3, 8))).containsOnly(0.0);
	}

	@Test
	void eventsJustOutsideTheGridStillWeighAndExcludedCellsStayZero() {
		boolean[] mask = new boolean[9];
		mask[8] = true;
		Grid grid = Grid.of(0, 0, 50, 3, 3).withExcluded(mask);
		// (-10, 60) is in virtual cell (-1, 1): distance 1 to column 0, 2 to column 1, 3 to column 2.
		EventsBefore training = EventsBefore.of(List.of(ForecastEvent.on(-10, 60, LocalDate.of(2017, 3, 1))),
				at(2017, 3, 2));
		double[] risk = ProspectiveHotspotModel.standard().risk(grid, training, at(2017, 3, 2));
		assertRelative(risk, new double[] { 0.5, 1.0 / 3, 0.25, 0.5, 1.0 / 3, 0.25, 0.5, 1.0 / 3, 0 });
		// Far away: nothing, and no overflow.
		EventsBefore far = EventsBefore.of(List.of(ForecastEvent.on(1e300, -1e300, LocalDate.of(2017, 3, 1))),
				at(2017, 3, 2));
		assertThat(ProspectiveHotspotModel.standard().risk(grid, far, at(2017, 3, 2))).containsOnly(0.0);
	}

	@Test
	void refusesToPredictBeforeTheTrainingCutoff() {
		EventsBefore training = EventsBefore.of(List.of(), at(2017, 3, 2));
		assertThatThrownBy(() -> ProspectiveHotspotModel.standard().risk(Grid.of(0, 0, 50, 1, 1), training,
				at(2017, 3, 1))).hasMessageContaining("before the end of the training data");
		assertThatThrownBy(() -> new ProspectiveHotspotModel(0, 8, Duration.ofDays(7), CellDistance.CHEBYSHEV))
			.hasMessageContaining("time bandwidth");
	}

	static LocalDateTime at(int year, int month, int day) {
		return LocalDateTime.of(year, month, day, 0, 0);
	}

	private static double[] scaled(double[] values, double factor) {
		double[] scaled = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			scaled[i] = values[i] * factor;
		}
		return scaled;
	}

}
