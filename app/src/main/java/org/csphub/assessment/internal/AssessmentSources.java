package org.csphub.assessment.internal;

import java.util.List;

import org.csphub.incidents.IncidentSource;
import org.csphub.incidents.IncidentStatistics;

/**
 * Which sources of incidents an assessment reads: police.uk street-level crime and ASB (normally one
 * force; with several, their counts are added and a month counts as loaded only when every one has it),
 * and partners' sources (each reported on its own).
 *
 * @param police codes of police.uk street sources, such as {@code police-uk-street:leicestershire}
 * @param partners codes of partner sources, such as {@code partner:fly-tipping}
 */
record AssessmentSources(List<String> police, List<String> partners) {

	AssessmentSources {
		police = List.copyOf(police);
		partners = List.copyOf(partners);
	}

	/** Every source with a month loaded: all police.uk street sources and all partner sources. */
	static AssessmentSources all(IncidentStatistics statistics) {
		List<IncidentSource> sources = statistics.sources();
		return new AssessmentSources(sources.stream().filter(IncidentSource::policeUkStreet).map(IncidentSource::code).toList(),
				sources.stream().filter(s -> s.code().startsWith("partner:")).map(IncidentSource::code).toList());
	}

	/** A name for people: "police.uk street crime and ASB (leicestershire)" or "Partner data: fly-tipping". */
	static String label(String source) {
		return new IncidentSource(source, null, null, 0).label();
	}

}
