package org.csphub.analysis.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.csphub.analysis.grid.Grid;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class ForecastEvaluationTests {

	/** Two 10 m cells side by side. */
	private static final Grid PAIR = Grid.of(0, 0, 10, 2, 1);

	private static ForecastEvent west(int year, int month, int day) {
		return ForecastEvent.on(5, 5, LocalDate.of(year, month, day));
	}

	private static ForecastEvent east(int year, int month, int day) {
		return ForecastEvent.on(15, 5, LocalDate.of(year, month, day));
	}

	/**
	 * January: two events in the west cell. February: one in each. March: two in the east cell. At 50%
	 * (one cell of two) the last-period forecast for February flags the west cell: hit rate 1/2, PAI
	 * (1/2)/(1/2) = 1, PEI 1/1 = 1. For March, February's tie between west (1) and east (1) keeps the
	 * later cell, east: hit rate 2/2 = 1, PAI 1/(1/2) = 2, PEI 1.
	 */
	@Test
	void rollingOriginByHand() {
		List<ForecastEvent> events = List.of(west(2024, 1, 3), west(2024, 1, 20), west(2024, 2, 1), east(2024, 2, 29),
				east(2024, 3, 1), east(2024, 3, 31));
		EvaluationResult result = ForecastEvaluation.evaluate(events, List.of(PAIR), List.of(LastPeriodModel.month()),
				new EvaluationSettings(YearMonth.of(2024, 2), YearMonth.of(2024, 3), null, List.of(0.5)));
		assertThat(result.rows()).hasSize(2);
		ForecastScore february = result.rows().get(0).score();
		assertThat(result.rows().get(0).month()).isEqualTo(YearMonth.of(2024, 2));
		assertThat(february).isEqualTo(new ForecastScore(0.5, 2, 1, 2, 1, 1, 0, 0, 0.5, 1.0, 1.0));
		ForecastScore march = result.rows().get(1).score();
		assertThat(march).isEqualTo(new ForecastScore(0.5, 2, 1, 2, 2, 2, 0, 0, 1.0, 2.0, 1.0));
		EvaluationSummary overall = result.overall("last period P1M", 0.5);
		assertThat(overall.rows()).isEqualTo(2);
		assertThat(overall.month()).isNull();
		assertThat(overall.meanHitRate()).isEqualTo(0.75);
		assertThat(overall.meanPai()).isEqualTo(1.5);
		assertThat(overall.meanPei()).isEqualTo(1.0);
		assertThat(result.byMonth()).extracting(EvaluationSummary::meanHitRate).containsExactly(0.5, 1.0);
	}

	/** A model that only checks what it is shown. */
	private record Spy(List<String> calls) implements RiskModel {

		@Override
		public String name() {
			return "spy";
		}

		@Override
		public double[] risk(Grid grid, EventsBefore training, LocalDateTime predictionTime) {
			assertThat(predictionTime.getDayOfMonth()).isEqualTo(1);
			assertThat(predictionTime.toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
			assertThat(training.cutoff()).isEqualTo(predictionTime);
			assertThat(training.since()).isEqualTo(predictionTime.minusMonths(2));
			for (ForecastEvent e : training.events()) {
				assertThat(e.time()).isBefore(predictionTime).isAfterOrEqualTo(predictionTime.minusMonths(2));
			}
			calls.add(YearMonth.from(predictionTime) + " " + training.events().size());
			return new double[grid.cellCount()];
		}

	}

	@Test
	void modelsSeeOnlyTheTrainingWindowBeforeEachTestMonth() {
		List<ForecastEvent> events = new ArrayList<>();
		for (int month = 1; month <= 6; month++) {
			events.add(west(2024, month, 1)); // on the boundary: the first instant of the month
			events.add(east(2024, month, 15));
		}
		Spy spy = new Spy(new ArrayList<>());
		List<Grid> grids = ForecastEvaluation.offsetGrids(new Envelope(0, 20, 0, 10), 10, 2);
		EvaluationResult result = ForecastEvaluation.evaluate(events, grids, List.of(spy),
				EvaluationSettings.months(YearMonth.of(2024, 3), YearMonth.of(2024, 5))
					.withTrainingWindow(Period.ofMonths(2)));
		// 3 months × 4 grids; 2 months of 2 events each in every window.
		assertThat(spy.calls()).hasSize(12).containsOnly("2024-03 4", "2024-04 4", "2024-05 4");
		// 3 months × 4 grids × 10 default coverages.
		assertThat(result.rows()).hasSize(120);
		assertThat(result.byMonth()).hasSize(30);
		assertThat(result.overall()).hasSize(10);
		assertThat(result.overall()).extracting(EvaluationSummary::rows).containsOnly(12);
	}

	@Test
	void offsetGridsShiftByAFractionOfACell() {
		List<Grid> grids = ForecastEvaluation.offsetGrids(new Envelope(1000, 1400, 2000, 2300), 100, 2);
		assertThat(grids).extracting(Grid::xOrigin).containsExactly(1000.0, 950.0, 1000.0, 950.0);
		assertThat(grids).extracting(Grid::yOrigin).containsExactly(2000.0, 2000.0, 1950.0, 1950.0);
		Polygon square = new GeometryFactory().createPolygon(new Coordinate[] { new Coordinate(0, 0),
				new Coordinate(100, 0), new Coordinate(100, 100), new Coordinate(0, 100), new Coordinate(0, 0) });
		List<Grid> masked = ForecastEvaluation.offsetGrids(square, 50, 2);
		assertThat(masked).hasSize(4);
		assertThat(masked.get(0).includedCount()).isEqualTo(4);
		assertThat(masked.get(3).cellCount()).isEqualTo(9);
	}

	@Test
	void aMonthWithoutEventsIsScoredNaNAndLeftOutOfTheMeans() {
		List<ForecastEvent> events = List.of(west(2024, 1, 3), west(2024, 3, 3));
		EvaluationResult result = ForecastEvaluation.evaluate(events, List.of(PAIR),
				List.of(LongRunAverageModel.monthly(), new RetrospectiveKernelModel(15)),
				new EvaluationSettings(YearMonth.of(2024, 2), YearMonth.of(2024, 3), null, List.of(0.5, 1.0)));
		assertThat(result.rows()).hasSize(2 * 2 * 2);
		EvaluationSummary longRun = result.overall("long-run average per P1M", 0.5);
		assertThat(longRun.rows()).isEqualTo(2);
		assertThat(longRun.meanHitRate()).isEqualTo(1.0); // February is NaN; March flags the west cell
		assertThat(result.byMonth().get(0).meanHitRate()).isNaN();
	}

	@Test
	void refusesDuplicateModelNamesAndCoverages() {
		assertThatThrownBy(() -> ForecastEvaluation.evaluate(List.of(), List.of(PAIR),
				List.of(LastPeriodModel.month(), LastPeriodModel.month()),
				EvaluationSettings.months(YearMonth.of(2024, 1), YearMonth.of(2024, 1))))
			.hasMessageContaining("both called");
		assertThatThrownBy(() -> new EvaluationSettings(YearMonth.of(2024, 1), YearMonth.of(2024, 1), null,
				List.of(0.1, 0.1))).hasMessageContaining("twice");
		assertThatThrownBy(() -> EvaluationSettings.months(YearMonth.of(2024, 2), YearMonth.of(2024, 1)))
			.hasMessageContaining("before the first");
	}

}
