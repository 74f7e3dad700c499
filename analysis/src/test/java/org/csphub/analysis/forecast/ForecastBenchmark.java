package org.csphub.analysis.forecast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.csphub.analysis.grid.Grid;
import org.locationtech.jts.geom.Envelope;

/**
 * How long a rolling-origin evaluation takes and what it finds, on the Chicago residential burglaries
 * of 2014-2017 (the Knox reference data): test months 2017-01 to 2017-12, a 12-month training window,
 * 150 m cells on the four half-cell offsets of the data's envelope (unmasked), coverages 1%..10%, four
 * models. The baseline measured in the same run is the same evaluation with the last-period model
 * alone (counting events is the least work a forecast can do). Not part of the test suite: run
 * {@code main} with the test classpath (see {@code bench/knox-benchmark.sh} for how to build it).
 */
public final class ForecastBenchmark {

	public static void main(String[] args) throws IOException {
		List<ForecastEvent> events = load();
		Envelope area = new Envelope();
		for (ForecastEvent e : events) {
			area.expandToInclude(e.x(), e.y());
		}
		List<Grid> grids = ForecastEvaluation.offsetGrids(area, 150, 2);
		EvaluationSettings settings = EvaluationSettings.months(YearMonth.of(2017, 1), YearMonth.of(2017, 12))
			.withTrainingWindow(Period.ofMonths(12));
		List<RiskModel> models = List.of(LastPeriodModel.month(), LongRunAverageModel.monthly(),
				new RetrospectiveKernelModel(400),
				new ProspectiveHotspotModel(8, 3, java.time.Duration.ofDays(7), CellDistance.CHEBYSHEV));
		List<RiskModel> baseline = List.of(LastPeriodModel.month());

		double all = medianSeconds(() -> ForecastEvaluation.evaluate(events, grids, models, settings));
		double base = medianSeconds(() -> ForecastEvaluation.evaluate(events, grids, baseline, settings));
		EvaluationResult result = ForecastEvaluation.evaluate(events, grids, models, settings);

		System.out.printf("Forecast benchmark: %,d events, %d grids of %,d cells (150 m), 12 test months, %d models,"
				+ " 10 coverages, 1 thread (median of 3 runs after 1 warm-up)%n", events.size(), grids.size(),
				grids.get(0).cellCount(), models.size());
		System.out.printf("  evaluation, 4 models:            %7.2f s%n", all);
		System.out.printf("  baseline, last-period model only: %7.2f s  (4 models take %.1fx as long)%n", base,
				all / base);
		System.out.println("  mean over months and grids:      hit rate / PAI / PEI at 1%, 5%, 10%");
		for (RiskModel model : models) {
			StringBuilder line = new StringBuilder(String.format("  %-50s", model.name()));
			for (double c : new double[] { 0.01, 0.05, 0.10 }) {
				EvaluationSummary s = result.overall(model.name(), c);
				line.append(String.format("  %.3f / %5.1f / %.2f", s.meanHitRate(), s.meanPai(), s.meanPei()));
			}
			System.out.println(line);
		}
	}

	private interface Work {
		EvaluationResult run();
	}

	private static double medianSeconds(Work work) {
		work.run();
		double[] seconds = new double[3];
		for (int i = 0; i < seconds.length; i++) {
			long start = System.nanoTime();
			work.run();
			seconds[i] = (System.nanoTime() - start) / 1e9;
		}
		Arrays.sort(seconds);
		return seconds[1];
	}

	private static List<ForecastEvent> load() throws IOException {
		DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		List<ForecastEvent> events = new ArrayList<>();
		try (InputStream in = ForecastBenchmark.class.getResourceAsStream(
				"/reference/knox/chicago_burglary_2014_2017.csv.gz")) {
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] f = line.split(",");
				events.add(ForecastEvent.on(Double.parseDouble(f[0]), Double.parseDouble(f[1]),
						LocalDate.parse(f[2].trim(), format)));
			}
		}
		return events;
	}

}
