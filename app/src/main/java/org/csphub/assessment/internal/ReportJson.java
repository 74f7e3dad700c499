package org.csphub.assessment.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.csphub.reporting.Block;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.ReportDocument;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores computed assessments and approved reports as JSON (Jackson 3). The report model's sealed
 * {@link Block} gets its type names from a mix-in here, so the reporting module stays free of Jackson.
 * Whole numbers in table cells read back as {@code Long}, decimals as {@code Double}, "no data" as
 * null: the values the renderers format by column kind.
 */
final class ReportJson {

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
	@JsonSubTypes({ @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
			@JsonSubTypes.Type(value = Block.Note.class, name = "note"),
			@JsonSubTypes.Type(value = Block.KeyFigures.class, name = "key-figures"),
			@JsonSubTypes.Type(value = Block.BulletList.class, name = "bullets"),
			@JsonSubTypes.Type(value = DataTable.class, name = "table"),
			@JsonSubTypes.Type(value = Block.Figure.class, name = "figure") })
	private interface BlockTypes {
	}

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.addMixIn(Block.class, BlockTypes.class)
		.enable(DeserializationFeature.USE_LONG_FOR_INTS)
		.build();

	private ReportJson() {
	}

	static String write(ComputedAssessment computed) {
		return MAPPER.writeValueAsString(computed);
	}

	static ComputedAssessment readComputed(String json) {
		return MAPPER.readValue(json, ComputedAssessment.class);
	}

	static String write(ReportDocument document) {
		return MAPPER.writeValueAsString(document);
	}

	static ReportDocument readDocument(String json) {
		return MAPPER.readValue(json, ReportDocument.class);
	}

}
