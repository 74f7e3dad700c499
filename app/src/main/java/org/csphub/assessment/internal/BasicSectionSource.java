package org.csphub.assessment.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.csphub.areas.AreaRef;
import org.csphub.areas.AreaSummary;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.assessment.AssessmentPeriod;
import org.csphub.incidents.IncidentQuery;
import org.csphub.incidents.IncidentSource;
import org.csphub.incidents.IncidentStatistics;
import org.csphub.incidents.MonthCategoryCount;
import org.csphub.reporting.Block;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.ReportSection;
import org.springframework.stereotype.Component;

/**
 * A simple but real {@link SectionSource}: one overview section of the borough's incidents for the
 * period and the comparison period (the total, and counts by crime type with their change), a data
 * appendix, and candidate issues: the three largest crime types by volume and up to two more with the
 * largest rises (at least {@value #RISE_PERCENT}% and {@value #RISE_MINIMUM} incidents). It reads the
 * police.uk street source with the most months loaded (the area profiles' default). A month not loaded
 * is "no data", never zero: a comparison with a missing month is not made.
 *
 * <p>The full set of sections (AssessmentSections) replaces this one as the application's
 * {@link SectionSource}.
 */
@Component
class BasicSectionSource implements SectionSource {

	static final String OVERVIEW = "overview";

	static final String DATA_APPENDIX = "data-and-method";

	static final int LARGEST = 3;

	static final int RISES = 2;

	static final int RISE_PERCENT = 10;

	static final int RISE_MINIMUM = 20;

	private final IncidentStatistics statistics;

	private final Areas areas;

	private final Texts texts;

	private final DataMonths months;

	BasicSectionSource(IncidentStatistics statistics, Areas areas, Texts texts, DataMonths months) {
		this.statistics = statistics;
		this.areas = areas;
		this.texts = texts;
		this.months = months;
	}

	@Override
	public ComputedAssessment compute(AssessmentPeriod period) {
		IncidentSource source = months.source().orElse(null);
		if (source == null) {
			Block none = new Block.Note(texts.get("assessment.basic.noData"));
			return new ComputedAssessment(List.of(none),
					List.of(new ReportSection(OVERVIEW, texts.get("assessment.basic.overview"), List.of(none))), List.of(),
					List.of());
		}
		AreaRef borough = areas.list(AreaType.BOROUGH)
			.stream()
			.findFirst()
			.map(AreaSummary::ref)
			.orElse(new AreaRef(AreaType.BOROUGH, "borough"));
		YearMonth from = period.comparisonFirst().isBefore(period.first()) ? period.comparisonFirst() : period.first();
		YearMonth to = period.comparisonLast().isAfter(period.last()) ? period.comparisonLast() : period.last();
		List<MonthCategoryCount> counts = statistics
			.countsByMonthAndCategory(new IncidentQuery(source.code(), borough, from, to, Set.of()));
		return build(period, source, statistics.loadedMonths(source.code()), counts);
	}

	/** The arithmetic and the words, apart from the database. */
	ComputedAssessment build(AssessmentPeriod period, IncidentSource source, SortedSet<YearMonth> loaded,
			List<MonthCategoryCount> counts) {
		List<YearMonth> missing = missing(period.first(), period.last(), loaded);
		List<YearMonth> missingEarlier = missing(period.comparisonFirst(), period.comparisonLast(), loaded);
		boolean comparable = missingEarlier.isEmpty();
		Map<String, Long> now = new HashMap<>();
		Map<String, Long> before = new HashMap<>();
		for (MonthCategoryCount c : counts) {
			if (within(c.month(), period.first(), period.last())) {
				now.merge(c.category(), c.count(), Long::sum);
			}
			if (within(c.month(), period.comparisonFirst(), period.comparisonLast())) {
				before.merge(c.category(), c.count(), Long::sum);
			}
		}
		long total = now.values().stream().mapToLong(Long::longValue).sum();
		long earlierTotal = before.values().stream().mapToLong(Long::longValue).sum();
		TreeSet<String> names = new TreeSet<>(now.keySet());
		if (comparable) {
			names.addAll(before.keySet());
		}
		List<String> order = new ArrayList<>(names);
		order.sort(Comparator.comparingLong((String n) -> now.getOrDefault(n, 0L)).reversed()
			.thenComparing(Comparator.naturalOrder()));

		String periodText = texts.months(period.first(), period.last());
		String comparisonText = texts.months(period.comparisonFirst(), period.comparisonLast());
		List<List<Object>> rows = new ArrayList<>();
		for (String name : order) {
			long count = now.getOrDefault(name, 0L);
			Long earlier = comparable ? before.getOrDefault(name, 0L) : null;
			rows.add(java.util.Arrays.asList(name, count, earlier, earlier == null ? null : count - earlier,
					fraction(count, earlier)));
		}
		DataTable table = new DataTable("crime-types", texts.get("assessment.basic.table.caption", periodText),
				List.of(new DataTable.Column(texts.get("assessment.basic.table.type"), DataTable.Kind.TEXT),
						new DataTable.Column(periodText, DataTable.Kind.COUNT),
						new DataTable.Column(comparisonText, DataTable.Kind.COUNT),
						new DataTable.Column(texts.get("assessment.basic.table.change"), DataTable.Kind.COUNT),
						new DataTable.Column(texts.get("assessment.basic.table.changePercent"), DataTable.Kind.PERCENT)),
				rows);

		Block.KeyFigures figures = new Block.KeyFigures(List.of(new Block.KeyFigure(
				texts.get("assessment.basic.total"), String.format("%,d", total),
				comparable ? changeText(total, earlierTotal) : texts.get("assessment.basic.noComparison"))));
		List<Block> blocks = new ArrayList<>();
		blocks.add(figures);
		blocks.add(new Block.Paragraph(texts.get("assessment.basic.intro", source.label(), periodText, comparisonText)));
		if (!missing.isEmpty() || !missingEarlier.isEmpty()) {
			List<YearMonth> all = new ArrayList<>(missing);
			all.addAll(missingEarlier);
			blocks.add(new Block.Note(texts.get("assessment.basic.missing",
					String.join(", ", all.stream().map(Texts::month).toList()))));
		}
		blocks.add(table);
		ReportSection overview = new ReportSection(OVERVIEW, texts.get("assessment.basic.overview"), blocks);
		ReportSection appendix = new ReportSection(DATA_APPENDIX, texts.get("assessment.basic.appendix"),
				List.of(new Block.Paragraph(texts.get("assessment.basic.appendix.source", source.label(),
						source.monthsLoaded(), Texts.month(source.first()), Texts.month(source.last()))),
						new Block.Note(texts.get("assessment.basic.appendix.locations"))));
		return new ComputedAssessment(List.of(figures), List.of(overview), List.of(appendix),
				candidates(order, now, before, comparable, total));
	}

	private List<ComputedAssessment.CandidateIssue> candidates(List<String> order, Map<String, Long> now,
			Map<String, Long> before, boolean comparable, long total) {
		List<ComputedAssessment.CandidateIssue> candidates = new ArrayList<>();
		for (String name : order.subList(0, Math.min(LARGEST, order.size()))) {
			long count = now.getOrDefault(name, 0L);
			if (count > 0) {
				candidates.add(new ComputedAssessment.CandidateIssue("crime-type:" + name, name,
						texts.get("assessment.basic.candidate.volume", String.format("%,d", count),
								String.format("%.1f", 100.0 * count / total))));
			}
		}
		if (comparable) {
			order.stream()
				.filter(name -> candidates.stream().noneMatch(c -> c.title().equals(name)))
				.filter(name -> now.getOrDefault(name, 0L) >= RISE_MINIMUM && before.getOrDefault(name, 0L) > 0)
				.filter(name -> fraction(now.getOrDefault(name, 0L), before.get(name)) * 100 >= RISE_PERCENT)
				.sorted(Comparator.comparingDouble((String name) -> fraction(now.getOrDefault(name, 0L), before.get(name)))
					.reversed())
				.limit(RISES)
				.forEach(name -> candidates.add(new ComputedAssessment.CandidateIssue("crime-type:" + name, name,
						texts.get("assessment.basic.candidate.rise",
								String.format("%.1f", 100 * fraction(now.getOrDefault(name, 0L), before.get(name))),
								String.format("%,d", before.get(name)), String.format("%,d", now.getOrDefault(name, 0L))))));
		}
		return candidates;
	}

	private String changeText(long total, long earlier) {
		if (earlier == 0) {
			return texts.get("assessment.basic.comparedWithNone");
		}
		return texts.get("assessment.basic.change", String.format("%+.1f", 100.0 * (total - earlier) / earlier),
				String.format("%,d", earlier));
	}

	private static Double fraction(long now, Long earlier) {
		return earlier == null || earlier == 0 ? null : (double) (now - earlier) / earlier;
	}

	private static boolean within(YearMonth month, YearMonth first, YearMonth last) {
		return !month.isBefore(first) && !month.isAfter(last);
	}

	private static List<YearMonth> missing(YearMonth first, YearMonth last, Set<YearMonth> loaded) {
		List<YearMonth> missing = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			if (!loaded.contains(m)) {
				missing.add(m);
			}
		}
		return missing;
	}

}
