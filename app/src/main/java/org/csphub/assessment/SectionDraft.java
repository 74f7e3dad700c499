package org.csphub.assessment;

import java.util.List;

import org.csphub.reporting.Block;

/**
 * A computed section with the analyst's commentary on it, for the commentary page.
 *
 * @param blocks the section's computed content (key figures, tables, notes)
 * @param completed null until the writer has said whether the section is complete
 * @param version the commentary's version, 0 before it is first saved
 */
public record SectionDraft(AssessmentId assessmentId, String assessmentTitle, AssessmentStatus status,
		String sectionId, String title, List<Block> blocks, String body, Boolean completed, int version,
		TaskStatus taskStatus) {

	public boolean editable() {
		return status == AssessmentStatus.DRAFT;
	}

}
