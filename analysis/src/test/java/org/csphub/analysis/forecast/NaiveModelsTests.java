package org.csphub.analysis.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csphub.analysis.forecast.ProspectiveHotspotModelTests.assertRelative;
import static org.csphub.analysis.forecast.ProspectiveHotspotModelTests.at;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.csphub.analysis.grid.Grid;
import org.junit.jupiter.api.Test;

class NaiveModelsTests {

	/** Two 10 m cells and an excluded third; events in January and February 2024, one outside the grid. */
	private static final Grid GRID = Grid.of(0, 0, 10, 3, 1).withExcluded(new boolean[] { false, false, true });

	private static final List<ForecastEvent> EVENTS = List.of(ForecastEvent.on(1, 1, LocalDate.of(2024, 1, 5)),
			ForecastEvent.on(2, 2, LocalDate.of(2024, 1, 31)), ForecastEvent.on(15, 5, LocalDate.of(2024, 1, 20)),
			ForecastEvent.on(15, 5, LocalDate.of(2024, 2, 29)), ForecastEvent.on(25, 5, LocalDate.of(2024, 2, 10)),
			ForecastEvent.on(-5, 5, LocalDate.of(2024, 2, 11)), ForecastEvent.on(5, 5, LocalDate.of(2024, 3, 1)));

	@Test
	void lastPeriodCountsThePreviousMonth() {
		EventsBefore training = EventsBefore.of(EVENTS, at(2024, 3, 1));
		// February: one event in cell 1; the excluded cell and the outside event count nothing; the event
		// on 1 March is not training data.
		assertThat(LastPeriodModel.month().risk(GRID, training, at(2024, 3, 1))).containsExactly(0, 1, 0);
		// Two months back: January and February.
		assertThat(new LastPeriodModel(Period.ofMonths(2)).risk(GRID, training, at(2024, 3, 1)))
			.containsExactly(2, 2, 0);
	}

	@Test
	void longRunAverageIsTheMeanPerMonthSinceTheFirstEventOrTheWindow() {
		EventsBefore all = EventsBefore.of(EVENTS, at(2024, 3, 1));
		// From 5 January: two months back (1 January) reach it. Cell 0: 2 events, cell 1: 2 events.
		assertRelative(LongRunAverageModel.monthly().risk(GRID, all, at(2024, 3, 1)), new double[] { 1, 1, 0 });
		EventsBefore window = EventsBefore.of(EVENTS, at(2023, 12, 1), at(2024, 3, 1));
		assertRelative(LongRunAverageModel.monthly().risk(GRID, window, at(2024, 3, 1)),
				new double[] { 2.0 / 3, 2.0 / 3, 0 });
		EventsBefore none = EventsBefore.of(List.of(), at(2024, 3, 1));
		assertThat(LongRunAverageModel.monthly().risk(GRID, none, at(2024, 3, 1))).containsOnly(0.0);
	}

	@Test
	void trainingDataIsStrictlyBeforeTheCutoffAndFromTheWindowStart() {
		EventsBefore training = EventsBefore.of(EVENTS, at(2024, 1, 20), at(2024, 3, 1));
		assertThat(training.events()).extracting(ForecastEvent::time)
			.allMatch(t -> !t.isBefore(at(2024, 1, 20)) && t.isBefore(at(2024, 3, 1)))
			.hasSize(5);
	}

}
