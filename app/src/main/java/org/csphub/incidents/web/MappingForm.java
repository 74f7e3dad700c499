package org.csphub.incidents.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.csphub.incidents.PartnerMapping;
import org.csphub.incidents.PartnerMapping.DatePrecision;
import org.csphub.incidents.PartnerMapping.LocationKind;

/**
 * The add or change mapping form. Category mappings are typed one a line as
 * {@code partner value = partnership category}.
 */
public record MappingForm(String name, String sourceSlug, String dateColumn, String dateFormat,
		DatePrecision datePrecision, LocationKind locationKind, String xColumn, String yColumn, String lsoaColumn,
		String categoryColumn, String fixedCategory, String countColumn, String idColumn, String categoryLines,
		Integer version) {

	/** A form posted without its version (a hand-made request) counts as version 0. */
	public MappingForm {
		version = version == null ? 0 : version;
	}

	static MappingForm empty() {
		return new MappingForm("", "", "", "dd/MM/yyyy", DatePrecision.DAY, LocationKind.LONGITUDE_LATITUDE, "", "", "",
				"", "", "", "", "", 0);
	}

	static MappingForm of(PartnerMapping m) {
		StringBuilder lines = new StringBuilder();
		m.categoryMap().forEach((from, to) -> lines.append(from).append(" = ").append(to).append('\n'));
		return new MappingForm(m.name(), m.sourceSlug(), m.dateColumn(), m.dateFormat(), m.datePrecision(),
				m.locationKind(), m.xColumn(), m.yColumn(), m.lsoaColumn(), m.categoryColumn(), m.fixedCategory(),
				m.countColumn(), m.idColumn(), lines.toString(), m.version());
	}

	/** The mapping this form describes; {@code problem} is told of a category line it cannot read. */
	PartnerMapping toMapping(UUID id, java.util.function.Consumer<String> problem) {
		Map<String, String> categories = new LinkedHashMap<>();
		if (categoryLines != null) {
			int number = 0;
			for (String line : categoryLines.split("\\r?\\n")) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				int equals = line.indexOf('=');
				if (equals <= 0 || line.substring(equals + 1).isBlank()) {
					problem.accept("Category mapping line " + number + " must be like: partner value = partnership category");
					continue;
				}
				categories.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
			}
		}
		return new PartnerMapping(id, name, blankToNull(sourceSlug), blankToNull(dateColumn), dateFormat, datePrecision,
				locationKind, blankToNull(xColumn), blankToNull(yColumn), blankToNull(lsoaColumn),
				blankToNull(categoryColumn), blankToNull(fixedCategory), blankToNull(countColumn), blankToNull(idColumn),
				categories, version);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
