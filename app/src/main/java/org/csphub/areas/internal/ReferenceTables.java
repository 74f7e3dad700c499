package org.csphub.areas.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.csphub.areas.ImportProblem;
import org.csphub.areas.ImportRefused;

/**
 * Reads the five published per-LSOA tables into one row per LSOA, checking every value: LSOA codes,
 * whole numbers (thousands separators allowed), ranks 1 to 32,844 (England's LSOAs), deciles 1 to 10,
 * populations 0 to 100,000, and rural-urban codes A1 to E2. The tables need not list the same LSOAs;
 * a value missing from one table stays empty.
 */
final class ReferenceTables {

	static final int LSOAS_IN_ENGLAND = 32_844;

	private static final Set<String> RURAL_URBAN_CODES = Set.of("A1", "B1", "C1", "C2", "D1", "D2", "E1", "E2");

	private static final List<String> DOMAINS = List.of("Income", "Employment", "Education, Skills and Training",
			"Health Deprivation and Disability", "Crime", "Barriers to Housing and Services", "Living Environment");

	private final Map<String, LsoaReferenceRow> rows = new TreeMap<>();

	private final List<ImportProblem> problems = new ArrayList<>();

	List<ImportProblem> problems() {
		return problems;
	}

	boolean truncated() {
		return problems.size() >= ImportRefused.MAX_PROBLEMS;
	}

	List<LsoaReferenceRow> rows() {
		return List.copyOf(rows.values());
	}

	private LsoaReferenceRow row(String code) {
		return rows.computeIfAbsent(code, LsoaReferenceRow::new);
	}

	int population(String file, InputStream in) {
		return CsvTable.read(file, in, problems, List.of("lsoa", "pop"),
				r -> row(r.text(0)).population2019 = r.number(1, 0, 100_000));
	}

	int imd(String file, InputStream in) {
		return CsvTable.read(file, in, problems, List.of("LSOA code", "LSOA name",
				"Index of Multiple Deprivation (IMD) Rank", "Index of Multiple Deprivation (IMD) Decile"), r -> {
					LsoaReferenceRow row = row(r.text(0));
					row.name = r.text(1).isEmpty() ? null : r.text(1);
					row.ranks[0] = r.number(2, 1, LSOAS_IN_ENGLAND);
					row.deciles[0] = r.number(3, 1, 10);
				});
	}

	int domains(String file, InputStream in) {
		List<String> columns = new ArrayList<>();
		columns.add("LSOA code");
		for (String domain : DOMAINS) {
			columns.add(domain + " Rank");
			columns.add(domain + " Decile");
		}
		return CsvTable.read(file, in, problems, columns, r -> {
			LsoaReferenceRow row = row(r.text(0));
			for (int d = 0; d < DOMAINS.size(); d++) {
				row.ranks[d + 1] = r.number(1 + 2 * d, 1, LSOAS_IN_ENGLAND);
				row.deciles[d + 1] = r.number(2 + 2 * d, 1, 10);
			}
		});
	}

	int denominators(String file, InputStream in) {
		return CsvTable.read(file, in, problems, List.of("LSOA code", "Total population: mid 2015",
				"Dependent Children aged 0-15", "Population aged 16-59", "Older population aged 60 and over",
				"Working age population"), r -> {
					LsoaReferenceRow row = row(r.text(0));
					for (int i = 0; i < 5; i++) {
						row.denominators[i] = r.number(i + 1, 0, 100_000);
					}
				});
	}

	int ruralUrban(String file, InputStream in) {
		return CsvTable.read(file, in, problems, List.of("lsoa", "RUC11CD", "RUC11"), r -> {
			String code = r.text(1);
			if (!RURAL_URBAN_CODES.contains(code)) {
				problems.add(ImportProblem.ofLine(file, r.line,
						"'" + code + "' is not a rural-urban classification code (A1, B1, C1, C2, D1, D2, E1 or E2)"));
				return;
			}
			LsoaReferenceRow row = row(r.text(0));
			row.ruralUrbanCode = code;
			row.ruralUrbanName = r.text(2);
		});
	}

}
