package org.csphub.assessment.internal;

import org.csphub.areas.AreaSummary;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The partnership's name on its reports: {@code csphub.partnership.name} when set, otherwise
 * "&lt;borough&gt; Community Safety Partnership" from the borough's boundary name.
 */
@Component
class Partnership {

	private final String configured;

	private final Areas areas;

	private final Texts texts;

	Partnership(@Value("${csphub.partnership.name:}") String configured, Areas areas, Texts texts) {
		this.configured = configured == null ? "" : configured.trim();
		this.areas = areas;
		this.texts = texts;
	}

	String name() {
		if (!configured.isEmpty()) {
			return configured;
		}
		return areas.list(AreaType.BOROUGH)
			.stream()
			.findFirst()
			.map(AreaSummary::name)
			.map(borough -> texts.get("assessment.partnership.ofBorough", borough))
			.orElse(texts.get("assessment.partnership.unnamed"));
	}

}
