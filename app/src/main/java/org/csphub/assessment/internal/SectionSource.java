package org.csphub.assessment.internal;

import org.csphub.assessment.AssessmentPeriod;

/**
 * Computes an assessment's content from the data loaded now: summary figures, sections with stable
 * ids (the analyst's commentary is attached to them), appendices and candidate issues for the
 * priority-setting matrix. The workflow depends only on this; {@link AssessmentSections} computes
 * every section.
 */
public interface SectionSource {

	ComputedAssessment compute(AssessmentPeriod period);

}
