package org.csphub.assessment.internal;

import java.time.LocalDate;
import java.util.List;

import org.csphub.reporting.ReportDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What is stored as JSON reads back equal: every kind of block, "no data" cells and numbers. */
class AssessmentReportJsonTests {

	@Test
	void computedContentReadsBackEqual() {
		ComputedAssessment computed = AssessmentFixtures.computed("Shoplifting", "Burglary");
		String json = ReportJson.write(computed);
		assertThat(json).contains("\"kind\":\"table\"", "\"kind\":\"figure\"", "\"kind\":\"key-figures\"");
		assertThat(ReportJson.readComputed(json)).isEqualTo(computed);
	}

	@Test
	void aReportReadsBackEqual() {
		ComputedAssessment computed = AssessmentFixtures.computed("Shoplifting");
		ReportDocument document = new ReportDocument("Title", "Subtitle", "Partnership", LocalDate.of(2026, 11, 26),
				"Approved on 26 November 2026 (version 1)", computed.summary(), computed.sections(), computed.appendices(),
				List.of("Contains public sector information licensed under the Open Government Licence v3.0."));
		assertThat(ReportJson.readDocument(ReportJson.write(document))).isEqualTo(document);
	}

}
