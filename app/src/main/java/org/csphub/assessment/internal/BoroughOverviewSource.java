package org.csphub.assessment.internal;

import java.util.ArrayList;
import java.util.List;

import org.csphub.assessment.AssessmentPeriod;
import org.csphub.assessment.BoroughOverview;
import org.csphub.reporting.Block;
import org.csphub.reporting.ReportSection;
import org.springframework.stereotype.Component;

/** The borough overview from the assessment's own sections: its executive summary and crime hotspot map. */
@Component
public class BoroughOverviewSource {

	private final AssessmentSections sections;

	BoroughOverviewSource(AssessmentSections sections) {
		this.sections = sections;
	}

	public BoroughOverview overview(AssessmentPeriod period) {
		ComputedAssessment computed = sections.compute(period);
		List<Block> hotspots = new ArrayList<>();
		for (ReportSection section : computed.sections()) {
			if (section.id().equals(AssessmentSections.HOTSPOTS)) {
				section.blocks().stream().filter(b -> b instanceof Block.Note).forEach(hotspots::add);
			}
			for (ReportSection sub : section.subsections()) {
				if (sub.id().equals(AssessmentSections.HOTSPOTS_CRIME)) {
					hotspots.addAll(sub.blocks());
				}
			}
		}
		return new BoroughOverview(period, computed.summary(), hotspots);
	}

}
