/**
 * Assessment: the partnership's annual strategic assessment. An analyst starts one for a period (for
 * example the 12 months to the end of a month, against the 12 before), the system computes every
 * section from the data, the analyst writes commentary and scores candidate issues on the
 * priority-setting matrix, and a coordinator approves it. Approved assessments are immutable and
 * versioned; every change before approval is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment", allowedDependencies = { "areas", "incidents",
		"reporting", "audit", "partners", "security", "shared" })
package org.csphub.assessment;
