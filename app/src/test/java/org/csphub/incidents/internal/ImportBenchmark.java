package org.csphub.incidents.internal;

import java.io.InputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.csphub.CspHubApplication;
import org.csphub.areas.AreaLocator;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.areas.BoundaryImportRequest;
import org.csphub.areas.SourceFile;
import org.csphub.incidents.ImportProgress;
import org.csphub.incidents.ImportSummary;
import org.csphub.incidents.IncidentImports;
import org.postgresql.PGConnection;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.FileSystemResource;

/**
 * The import benchmark (run by {@code bench/import-benchmark.sh}, not by the test suite). On the 29
 * Leicestershire months it prints, in one run: rows per second for parse + validate + project + assign
 * alone (one thread); end to end into H2; end to end into PostgreSQL; and the baseline, PostgreSQL
 * COPY of the same raw files into a bare table, with the ratio of the import to it. Then it imports the
 * months replicated to about 6 million rows into PostgreSQL and prints the peak heap.
 */
public final class ImportBenchmark {

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/leicestershire");
		String postgres = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/csphub_bench";
		int copies = args.length > 2 ? Integer.parseInt(args[2]) : 25;
		Path months = data.resolve("police_uk");
		List<Path> boundaries = files(data.resolve("boundaries/lsoa2011_by_lad"));
		List<Path> wards = files(data.resolve("boundaries/wards_by_lad"));
		long rawRows = rawRows(months);
		System.out.printf("Import benchmark: %,d police.uk rows in %s, %d LAD boundary files%n", rawRows, months,
				boundaries.size());

		double parseRate;
		double h2Seconds;
		try (ConfigurableApplicationContext h2 = context("jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa")) {
			loadForce(h2, boundaries, wards);
			parseRate = parseAndAssign(h2.getBean(Areas.class).locator(), months);
			h2Seconds = endToEnd(h2, List.of(months), "H2 (embedded, in memory)");
		}
		double pgSeconds;
		double copySeconds;
		try (ConfigurableApplicationContext pg = context(postgres, "postgres")) {
			loadForce(pg, boundaries, wards);
			pgSeconds = endToEnd(pg, List.of(months), "PostgreSQL");
			copySeconds = rawCopy(postgres, months);
		}
		System.out.println();
		System.out.println("Results (rows per second; higher is better)");
		System.out.printf("  parse + validate + project + assign, one thread: %,12.0f rows/s  (target 500,000: %.2fx)%n",
				parseRate, parseRate / 500_000);
		System.out.printf("  end to end into H2:                             %,12.0f rows/s%n", rawRows / h2Seconds);
		System.out.printf("  end to end into PostgreSQL:                     %,12.0f rows/s%n", rawRows / pgSeconds);
		System.out.printf("  baseline: PostgreSQL COPY of the raw files:     %,12.0f rows/s%n", rawRows / copySeconds);
		System.out.printf("  PostgreSQL import time / COPY time:             %12.2fx  (target within 3x)%n",
				pgSeconds / copySeconds);

		try (ConfigurableApplicationContext pg = context(postgres, "postgres")) {
			List<Path> replicated = Collections.nCopies(copies, months);
			System.gc();
			resetPeaks();
			double seconds = endToEnd(pg, replicated, "PostgreSQL, " + copies + " copies of the months");
			System.out.printf("  %,d rows replicated: %,.0f rows/s, peak heap %,d MiB (limit -Xmx %,d MiB; target under 1,024)%n",
					rawRows * copies, rawRows * copies / seconds, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
		}
	}

	private static ConfigurableApplicationContext context(String url, String user) {
		return new SpringApplicationBuilder(CspHubApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
					"--spring.datasource.password=", "--csphub.demo.enabled=false", "--logging.level.root=WARN",
					"--logging.level.org.csphub=WARN");
	}

	/** The whole force: all 611 LSOAs (so the borough is the force area) and 171 wards. */
	private static void loadForce(ConfigurableApplicationContext context, List<Path> lsoas, List<Path> wards) {
		Areas areas = context.getBean(Areas.class);
		areas.importBoundaries(new BoundaryImportRequest(AreaType.LSOA, sources(lsoas)), line -> {
		});
		areas.importBoundaries(new BoundaryImportRequest(AreaType.WARD, sources(wards)), line -> {
		});
	}

	private static double parseAndAssign(AreaLocator locator, Path months) throws Exception {
		double best = 0;
		for (int round = 0; round < 5; round++) {
			ImportContext context = new ImportContext(locator, Set.of(), ImportProgress.NONE);
			long[] stored = { 0 };
			IncidentWriter counting = new IncidentWriter() {
				@Override
				public void add(IncidentRow row) {
					stored[0]++;
				}

				@Override
				public void close() {
				}
			};
			long start = System.nanoTime();
			try (CsvEntries entries = new CsvEntries()) {
				for (CsvEntry entry : entries.expand(List.of(months), context.problems)) {
					try (InputStream in = entry.open(); CsvRows rows = new CsvRows(entry.name(), in, context.problems)) {
						rows.header();
						new StreetCrimeFile(context, counting).read(entry.name(), "leicestershire", rows);
					}
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			double rate = context.rowsRead / seconds;
			System.out.printf("  parse + assign, round %d: %,d rows (%,d placed in the force area) in %.2f s: %,.0f rows/s%s%n",
					round + 1, context.rowsRead, stored[0], seconds, rate, round < 2 ? " (warm-up)" : "");
			if (round >= 2) {
				best = Math.max(best, rate);
			}
		}
		return best;
	}

	private static double endToEnd(ConfigurableApplicationContext context, List<Path> paths, String label) {
		IncidentImports imports = context.getBean(IncidentImports.class);
		long start = System.nanoTime();
		ImportSummary summary = imports.importPoliceUk(paths, Set.of(), "benchmark", "benchmark", ImportProgress.NONE);
		double seconds = (System.nanoTime() - start) / 1e9;
		if (!summary.succeeded()) {
			throw new IllegalStateException("import failed: " + summary.problems());
		}
		System.out.printf("  end to end into %s: %,d rows read, %,d imported in %.2f s%n", label, summary.rowsRead(),
				summary.imported(), seconds);
		return seconds;
	}

	private static double rawCopy(String url, Path months) throws Exception {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("drop table if exists bench_raw_street");
				statement.execute("""
						create table bench_raw_street (crime_id text, month text, reported_by text, falls_within text,
						    longitude text, latitude text, location text, lsoa_code text, lsoa_name text, crime_type text,
						    last_outcome text, context text)""");
			}
			long start = System.nanoTime();
			long rows = 0;
			for (Path file : files(months)) {
				try (Reader reader = Files.newBufferedReader(file)) {
					rows += connection.unwrap(PGConnection.class).getCopyAPI()
						.copyIn("copy bench_raw_street from stdin with (format csv, header true)", reader);
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("  baseline COPY into a bare table: %,d rows in %.2f s%n", rows, seconds);
			try (Statement statement = connection.createStatement()) {
				statement.execute("drop table bench_raw_street");
			}
			return seconds;
		}
	}

	private static List<Path> files(Path folder) throws Exception {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".json"))
				.sorted().toList();
		}
	}

	private static List<SourceFile> sources(List<Path> files) {
		List<SourceFile> sources = new ArrayList<>();
		files.forEach(f -> sources.add(new SourceFile(f.getFileName().toString(), new FileSystemResource(f))));
		return sources;
	}

	private static long rawRows(Path months) throws Exception {
		long rows = 0;
		for (Path file : files(months)) {
			try (Stream<String> lines = Files.lines(file)) {
				rows += lines.count() - 1;
			}
		}
		return rows;
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

}
