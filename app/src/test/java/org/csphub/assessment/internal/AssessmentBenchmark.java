package org.csphub.assessment.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.csphub.CspHubApplication;
import org.csphub.areas.AreaTestFiles;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.areas.BoundaryImportRequest;
import org.csphub.areas.ReferenceFiles;
import org.csphub.areas.SourceFile;
import org.csphub.assessment.AssessmentPeriod;
import org.csphub.incidents.ImportProgress;
import org.csphub.incidents.ImportSummary;
import org.csphub.incidents.IncidentImports;
import org.csphub.reporting.Block;
import org.csphub.reporting.ReportDocument;
import org.csphub.reporting.ReportSection;
import org.csphub.reporting.Reports;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The strategic assessment benchmark (run by {@code bench/assessment-benchmark.sh}, not by the test
 * suite): computes every section for the twelve months to April 2022 against the twelve before, first
 * for the demo district (Charnwood's areas and the shipped police.uk extract, about 35,000 incidents)
 * and then for the whole Leicestershire force (all 611 LSOAs as the borough, its 171 wards and the 29
 * months of 241,803 rows from the shared data folder), and prints the time of each step (reading the
 * data, then each section, then rendering the report as the HTML page, the committee PDF and the
 * spreadsheet) as the median of several runs after a warm-up, with the total. The baseline measured in
 * the same run is the time to read the inputs alone: what is left is the analysis and the rendering.
 *
 * <p>Arguments: the data folder (default {@code /work/shared/data/leicestershire}), the database
 * ({@code h2}, the default, for in-memory H2 databases; or a PostgreSQL URL, user postgres, to which
 * {@code _district} and {@code _force} are appended: two scratch databases, emptied of incidents), and the
 * number of timed runs (default 5). With a fourth argument, a folder, it writes each assessment as a
 * plain HTML preview there, for reading the text and looking at the charts.
 */
public final class AssessmentBenchmark {

	static final AssessmentPeriod PERIOD = AssessmentPeriod.twelveMonthsTo(YearMonth.of(2022, 4));

	private AssessmentBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args.length > 0 ? args[0] : "/work/shared/data/leicestershire");
		String url = args.length > 1 ? args[1] : "h2";
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		Path preview = args.length > 3 ? Path.of(args[3]) : null;
		System.out.printf("Strategic assessment benchmark: %s, %s, %d timed runs after one warm-up%n", PERIOD,
				url.equals("h2") ? "H2 in memory" : url, runs);

		Map<String, Long> district;
		try (ConfigurableApplicationContext context = context(url, "district")) {
			loadDistrict(context);
			district = time(context, runs, "Charnwood (demo district)", preview == null ? null : preview.resolve("district.html"));
		}
		Map<String, Long> force;
		try (ConfigurableApplicationContext context = context(url, "force")) {
			loadForce(context, data);
			force = time(context, runs, "Leicestershire (whole force)", preview == null ? null : preview.resolve("force.html"));
		}
		System.out.println();
		System.out.println("Results: median milliseconds per step (one thread of work; the machine's other core is free)");
		System.out.printf("  %-52s %12s %12s%n", "step", "district", "force");
		for (String step : force.keySet()) {
			System.out.printf("  %-52s %12s %12s%n", step, ms(district.get(step)), ms(force.get(step)));
		}
	}

	private static String ms(Long nanos) {
		return nanos == null ? "" : String.format(java.util.Locale.UK, "%,.1f", nanos / 1e6);
	}

	private static ConfigurableApplicationContext context(String url, String name) {
		boolean h2 = url.equals("h2");
		String jdbc = h2 ? "jdbc:h2:mem:assessment-" + name
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" : url + "_" + name;
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CspHubApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run("--spring.datasource.url=" + jdbc, "--spring.datasource.username=" + (h2 ? "sa" : "postgres"),
					"--spring.datasource.password=", "--csphub.demo.enabled=false", "--logging.level.root=WARN",
					"--logging.level.org.csphub=WARN");
		if (!h2) {
			// A scratch database: start from no incidents, whatever an earlier run left.
			JdbcClient client = context.getBean(JdbcClient.class);
			client.sql("delete from incident_custom_area").update();
			client.sql("delete from incident").update();
			client.sql("delete from import_month").update();
		}
		return context;
	}

	/** Charnwood's shipped demo areas, reference data and police.uk extract, through the real imports. */
	private static void loadDistrict(ConfigurableApplicationContext context) throws Exception {
		Areas areas = context.getBean(Areas.class);
		long start = System.nanoTime();
		areas.importBoundaries(new BoundaryImportRequest(AreaType.LSOA, List.of(AreaTestFiles.shipped(AreaTestFiles.LSOAS))),
				line -> {
				});
		areas.importBoundaries(new BoundaryImportRequest(AreaType.WARD, List.of(AreaTestFiles.shipped(AreaTestFiles.WARDS))),
				line -> {
				});
		areas.importBoundaries(new BoundaryImportRequest(AreaType.CUSTOM,
				List.of(AreaTestFiles.shipped("loughborough-town-centre-demo.geojson.gz"))), line -> {
				});
		areas.importReference(AreaTestFiles.shippedReference(), line -> {
		});
		Path zip = Files.createTempFile("police-uk-charnwood", ".zip");
		try (InputStream in = new ClassPathResource("demo/police-uk-charnwood.zip").getInputStream()) {
			Files.copy(in, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		report("Charnwood", importPolice(context, List.of(zip)), start);
		Files.delete(zip);
	}

	/** All 611 LSOAs (so the borough is the force area), the 171 wards, reference data and 29 months. */
	private static void loadForce(ConfigurableApplicationContext context, Path data) throws Exception {
		Areas areas = context.getBean(Areas.class);
		long start = System.nanoTime();
		areas.importBoundaries(new BoundaryImportRequest(AreaType.LSOA, sources(data.resolve("boundaries/lsoa2011_by_lad"))),
				line -> {
				});
		areas.importBoundaries(new BoundaryImportRequest(AreaType.WARD, sources(data.resolve("boundaries/wards_by_lad"))),
				line -> {
				});
		Path reference = data.resolve("reference");
		areas.importReference(new ReferenceFiles(file(reference.resolve("population_2019/2019_population.csv")),
				file(reference.resolve("imd2019/File_1_-_IMD2019_Index_of_Multiple_Deprivation.csv")),
				file(reference.resolve("imd2019/File_2_-_IoD2019_Domains_of_Deprivation.csv")),
				file(reference.resolve("imd2019/File_6_-_IoD2019_Population_Denominators.csv")),
				file(reference.resolve("ruc2011/ruc_2011.csv"))), line -> {
				});
		List<Path> months;
		try (Stream<Path> walk = Files.walk(data.resolve("police_uk"))) {
			months = walk.filter(p -> p.toString().endsWith("-street.csv")).sorted().toList();
		}
		report("Leicestershire", importPolice(context, months), start);
	}

	private static ImportSummary importPolice(ConfigurableApplicationContext context, List<Path> paths) {
		ImportSummary summary = context.getBean(IncidentImports.class)
			.importPoliceUk(paths, Set.of(), "benchmark", "benchmark", ImportProgress.NONE);
		if (!summary.succeeded()) {
			throw new IllegalStateException("import failed: " + summary.problems());
		}
		return summary;
	}

	private static void report(String what, ImportSummary summary, long start) {
		System.out.printf("  loaded %s: %,d rows read, %,d stored, %,d without location, %,d outside the area (%.1f s)%n",
				what, summary.rowsRead(), summary.imported(), summary.withoutLocation(), summary.outsideArea(),
				(System.nanoTime() - start) / 1e9);
	}

	/** Computes the assessment once to warm up, then {@code runs} times; the median of each step. */
	private static Map<String, Long> time(ConfigurableApplicationContext context, int runs, String label, Path preview)
			throws Exception {
		AssessmentSections sections = context.getBean(AssessmentSections.class);
		AssessmentSources sources = AssessmentSources.all(context.getBean(org.csphub.incidents.IncidentStatistics.class));
		Reports reports = context.getBean(Reports.class);
		Map<String, long[]> times = new LinkedHashMap<>();
		ComputedAssessment last = null;
		for (int run = 0; run <= runs; run++) {
			Map<String, Long> steps = new LinkedHashMap<>();
			Steps timer = new Steps() {
				@Override
				public <T> T run(String step, Supplier<T> work) {
					long t = System.nanoTime();
					T result = work.get();
					steps.merge(step, System.nanoTime() - t, Long::sum);
					return result;
				}
			};
			long start = System.nanoTime();
			last = sections.compute(PERIOD, sources, timer);
			long computed = System.nanoTime() - start;
			ReportDocument document = document(last, label);
			long t = System.nanoTime();
			int htmlLength = reports.html(document).length();
			long html = System.nanoTime() - t;
			t = System.nanoTime();
			int pdfLength = reports.pdf(document).length;
			long pdf = System.nanoTime() - t;
			t = System.nanoTime();
			int xlsxLength = reports.xlsx(document).length;
			long xlsx = System.nanoTime() - t;
			long total = System.nanoTime() - start;
			long loading = steps.entrySet().stream().filter(e -> e.getKey().startsWith("load:"))
				.mapToLong(Map.Entry::getValue).sum();
			steps.put("reading the data (all load: steps; the baseline)", loading);
			steps.put("analysis and sections (computing less reading)", computed - loading);
			steps.put("all sections computed", computed);
			steps.put("report: HTML page", html);
			steps.put("report: PDF/UA for committees", pdf);
			steps.put("report: XLSX of every table", xlsx);
			steps.put("total (sections, HTML, PDF and XLSX)", total);
			System.out.printf("  %s, run %d%s: %,.0f ms (sections %,.0f, HTML %,.0f, PDF %,.0f, XLSX %,.0f; %,d characters of HTML, %,d bytes of PDF, %,d of XLSX)%n",
					label, run, run == 0 ? " (warm-up)" : "", total / 1e6, computed / 1e6, html / 1e6, pdf / 1e6,
					xlsx / 1e6, htmlLength, pdfLength, xlsxLength);
			if (run == 0) {
				continue;
			}
			for (Map.Entry<String, Long> e : steps.entrySet()) {
				times.computeIfAbsent(e.getKey(), k -> new long[runs])[run - 1] = e.getValue();
			}
		}
		describe(last, label);
		if (preview != null) {
			Files.createDirectories(preview.getParent());
			Files.writeString(preview, AssessmentPreview.html(last, label));
			System.out.println("  preview written to " + preview);
		}
		Map<String, Long> medians = new LinkedHashMap<>();
		times.forEach((step, values) -> {
			long[] sorted = values.clone();
			Arrays.sort(sorted);
			medians.put(step, sorted[sorted.length / 2]);
		});
		return medians;
	}

	/** The report as the workflow assembles it before any priorities are scored: cover, sections, appendices. */
	private static ReportDocument document(ComputedAssessment computed, String label) {
		return new ReportDocument("Strategic assessment benchmark: " + label,
				"12 months to April 2022, compared with the 12 months before", label,
				java.time.LocalDate.of(2022, 5, 31), "Draft (version 1)", computed.summary(), computed.sections(),
				computed.appendices(), List.of("Contains public sector information licensed under the Open Government Licence v3.0."));
	}

	private static void describe(ComputedAssessment assessment, String label) {
		int tables = 0;
		int figures = 0;
		long svg = 0;
		List<ReportSection> all = new ArrayList<>(assessment.sections());
		all.addAll(assessment.appendices());
		List<ReportSection> flat = new ArrayList<>();
		for (ReportSection s : all) {
			flat.add(s);
			flat.addAll(s.subsections());
		}
		for (ReportSection s : flat) {
			for (Block b : s.blocks()) {
				if (b instanceof org.csphub.reporting.DataTable) {
					tables++;
				}
				if (b instanceof Block.Figure f) {
					figures++;
					svg += f.svg().length();
				}
			}
		}
		System.out.printf("  %s: %d sections and subsections, %d tables, %d figures (%,d characters of SVG), %d candidate issues%n",
				label, flat.size(), tables, figures, svg, assessment.candidates().size());
	}

	private static List<SourceFile> sources(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().map(AssessmentBenchmark::file).toList();
		}
	}

	private static SourceFile file(Path path) {
		return new SourceFile(path.getFileName().toString(), new FileSystemResource(path));
	}

}
