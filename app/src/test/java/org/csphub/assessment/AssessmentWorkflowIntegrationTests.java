package org.csphub.assessment;

import java.nio.file.Files;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.csphub.CspHubIntegrationTest;
import org.csphub.TestUsers;
import org.csphub.areas.Areas;
import org.csphub.audit.AuditEntry;
import org.csphub.explore.ExploreTestData;
import org.csphub.incidents.IncidentImports;
import org.csphub.partners.Role;
import org.csphub.partners.UserAccount;
import org.csphub.reporting.Block;
import org.csphub.reporting.DataTable;
import org.csphub.reporting.ReportDocument;
import org.csphub.reporting.ReportSection;
import org.csphub.shared.ConcurrentChangeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The assessment workflow through its façade on the test database (H2, or PostgreSQL with
 * {@code -Dcsphub.test.db=postgres}), with Charnwood's real police.uk months: start, write, score,
 * decide, submit, approve; the approved report stays as it was whatever happens to the data or the
 * scheme afterwards; copies, new versions, who sees what, and the audit history.
 */
@CspHubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentWorkflowIntegrationTests {

	static final AssessmentPeriod PERIOD = AssessmentPeriod.twelveMonthsTo(YearMonth.of(2022, 4));

	static final AssessmentPeriod LAST_YEAR = AssessmentPeriod.twelveMonthsTo(YearMonth.of(2021, 4));

	@Autowired
	Assessments assessments;

	@Autowired
	PrioritySchemes schemes;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	TestUsers testUsers;

	@Autowired
	Areas areas;

	@Autowired
	IncidentImports imports;

	@Autowired
	JdbcClient jdbc;

	private ExploreTestData data;

	private AssessmentTestSupport support;

	private UserAccount analyst;

	private UserAccount coordinator;

	@BeforeAll
	void loadCharnwood() throws Exception {
		data = new ExploreTestData(areas, imports, jdbc);
		data.importAreas();
		List<String> months = new ArrayList<>();
		for (YearMonth m = YearMonth.of(2020, 5); !m.isAfter(YearMonth.of(2022, 4)); m = m.plusMonths(1)) {
			months.add(m.toString());
		}
		data.importMonths(months, Files.createTempDirectory("assessment-workflow"));
		support = new AssessmentTestSupport(assessments, userDetails);
	}

	@AfterAll
	void removeTheMonths() {
		if (data != null) {
			data.remove();
		}
	}

	@BeforeEach
	void newPeople() {
		analyst = testUsers.create(Role.ANALYST);
		coordinator = testUsers.create(Role.COORDINATOR);
	}

	@Test
	void anAnalystWritesScoresAndSubmitsAndACoordinatorApproves() {
		AssessmentId id = support.as(analyst, () -> assessments.start(PERIOD));
		AssessmentOverview started = support.as(analyst, () -> assessments.overview(id));
		assertThat(started.status()).isEqualTo(AssessmentStatus.DRAFT);
		assertThat(started.title()).isEqualTo("12 months to April 2022");
		assertThat(started.sections()).isNotEmpty();
		String first = started.sections().get(0).id();
		assertThat(started.sections()).allSatisfy(s -> assertThat(s.status()).isEqualTo(TaskStatus.NOT_STARTED));
		assertThat(started.issues()).as("the data suggests the largest crime types").isGreaterThanOrEqualTo(3);
		assertThat(started.unfinished()).isNotEmpty();
		assertThat(started.scheme()).isEqualTo(support.as(analyst, () -> schemes.current().ref()));

		SectionDraft overview = support.as(analyst, () -> assessments.section(id, first));
		assertThat(overview.blocks()).isNotEmpty();
		support.as(analyst, () -> assessments.writeCommentary(id, first,
				"Crime rose in the town centre.\n\nBurglary fell across the borough.", false, 0));
		assertThat(support.as(analyst, () -> assessments.overview(id)).sections().get(0).status())
			.isEqualTo(TaskStatus.IN_PROGRESS);

		support.finish(analyst, id);
		AssessmentOverview finished = support.as(analyst, () -> assessments.overview(id));
		assertThat(finished.unfinished()).isEmpty();
		assertThat(finished.priorities()).isEqualTo(1);
		support.as(analyst, () -> assessments.submit(id, finished.version()));

		assertThatThrownBy(() -> support.as(analyst, () -> assessments.approve(id, version(id))))
			.as("an analyst cannot approve").isInstanceOf(AssessmentRefused.class);
		support.as(coordinator, () -> assessments.approve(id, version(id)));

		AssessmentOverview approved = support.as(coordinator, () -> assessments.overview(id));
		assertThat(approved.status()).isEqualTo(AssessmentStatus.APPROVED);
		assertThat(approved.approved().name()).isEqualTo(coordinator.displayName());
		ReportDocument report = support.as(coordinator, () -> assessments.document(id));
		assertThat(report.status()).startsWith("Approved on ").endsWith("(version 1)");
		assertThat(report.title()).endsWith(": strategic assessment, 12 months to April 2022");
		assertThat(report.subtitle()).isEqualTo("May 2021 to April 2022, compared with May 2020 to April 2021");
		ReportSection section = report.sections().get(0);
		assertThat(section.blocks().get(0)).isInstanceOf(Block.Paragraph.class);
		assertThat(((Block.Paragraph) section.blocks().get(0)).text()).startsWith("What ");
		ReportSection priorities = report.sections().get(report.sections().size() - 1);
		assertThat(priorities.id()).isEqualTo("priorities");
		DataTable matrix = (DataTable) priorities.blocks().stream().filter(b -> b instanceof DataTable).findFirst().orElseThrow();
		assertThat(matrix.id()).isEqualTo("priority-matrix");
		assertThat(matrix.rows().get(0).get(0)).isEqualTo(1L);
		assertThat(matrix.rows().get(0).get(matrix.columns().size() - 1)).isEqualTo("Priority");
		assertThat(report.appendices()).extracting(ReportSection::id).contains("priority-setting-matrix");
		assertThat(report.attributions()).anyMatch(a -> a.contains(
				"Contains public sector information licensed under the Open Government Licence v3.0"));

		List<String> actions = support.as(analyst, () -> assessments.history(id)).stream().map(AuditEntry::action).toList();
		assertThat(actions).startsWith("assessment.approved", "assessment.submitted").endsWith("assessment.started");
		assertThat(actions).contains("assessment.commentary", "assessment.issue-scored", "assessment.issue-decided");
	}

	@Test
	void anApprovedReportNeverChangesAfterNewDataOrANewSchemeVersion() {
		AssessmentId id = support.approved(analyst, coordinator, PERIOD);
		ReportDocument before = support.as(analyst, () -> assessments.document(id));

		// New data: a month of the period imported again under another force doubles its incidents.
		ExploreTestData more = new ExploreTestData(areas, imports, jdbc);
		try {
			more.importMonths(List.of("2022-04"), Files.createTempDirectory("assessment-more"));
			PriorityScheme current = support.as(coordinator, () -> schemes.current());
			support.as(coordinator, () -> schemes.createVersion(current.ref().version(), current.name() + " (revised)",
					current.criteria(), current.grades()));

			assertThat(support.as(analyst, () -> assessments.document(id))).isEqualTo(before);
			assertThat(support.as(analyst, () -> assessments.matrix(id)).scheme().ref()).isEqualTo(current.ref());
			assertThatThrownBy(() -> support.as(analyst,
					() -> assessments.writeCommentary(id, firstSection(id), "Changed after approval", true, 1)))
				.isInstanceOf(AssessmentRefused.class);
			assertThatThrownBy(() -> support.as(analyst, () -> assessments.recompute(id))).isInstanceOf(AssessmentRefused.class);

			AssessmentId later = support.as(analyst, () -> assessments.start(PERIOD));
			assertThat(support.as(analyst, () -> assessments.overview(later)).scheme().version())
				.isEqualTo(current.ref().version() + 1);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		finally {
			more.remove();
		}
	}

	@Test
	void theCoordinatorWhoSubmittedCannotApproveButAnotherCan() {
		AssessmentId id = support.submitted(coordinator, PERIOD);
		assertThatThrownBy(() -> support.as(coordinator, () -> assessments.approve(id, version(id))))
			.isInstanceOf(AssessmentRefused.class);
		UserAccount second = testUsers.create(Role.COORDINATOR);
		support.as(second, () -> assessments.approve(id, version(id)));
		assertThat(support.as(second, () -> assessments.overview(id)).status()).isEqualTo(AssessmentStatus.APPROVED);
	}

	@Test
	void aReturnedAssessmentShowsWhyAndCanBeChangedAndSubmittedAgain() {
		AssessmentId id = support.submitted(analyst, PERIOD);
		support.as(coordinator, () -> assessments.returnToDraft(id, "Say more about shoplifting", version(id)));
		AssessmentOverview returned = support.as(analyst, () -> assessments.overview(id));
		assertThat(returned.status()).isEqualTo(AssessmentStatus.DRAFT);
		assertThat(returned.returnReason()).isEqualTo("Say more about shoplifting");
		assertThat(returned.returned().name()).isEqualTo(coordinator.displayName());
		String first = firstSection(id);
		SectionDraft overview = support.as(analyst, () -> assessments.section(id, first));
		support.as(analyst, () -> assessments.writeCommentary(id, first, "More on shoplifting.", true, overview.version()));
		support.as(analyst, () -> assessments.submit(id, version(id)));
		assertThat(support.as(analyst, () -> assessments.overview(id)).status()).isEqualTo(AssessmentStatus.IN_REVIEW);
	}

	@Test
	void twoPeopleSavingTheSameSectionFromTheSamePageCannotBothWin() {
		AssessmentId id = support.as(analyst, () -> assessments.start(PERIOD));
		UserAccount other = testUsers.create(Role.ANALYST);
		String first = firstSection(id);
		support.as(analyst, () -> assessments.writeCommentary(id, first, "Mine", false, 0));
		assertThatThrownBy(() -> support.as(other, () -> assessments.writeCommentary(id, first, "Theirs", false, 0)))
			.isInstanceOf(ConcurrentChangeException.class);
		assertThat(support.as(analyst, () -> assessments.section(id, first)).body()).isEqualTo("Mine");
		int stale = version(id);
		support.as(other, () -> assessments.writeCommentary(id, first, "Theirs", false, 1));
		assertThatThrownBy(() -> support.as(analyst, () -> assessments.submit(id, stale)))
			.as("a submission from a page read before a change").isInstanceOf(ConcurrentChangeException.class);
	}

	@Test
	void lastYearsAssessmentIsAStartingPointForThisYears() {
		AssessmentId last = support.approved(analyst, coordinator, LAST_YEAR);
		AssessmentId copy = support.as(analyst, () -> assessments.copy(last, PERIOD));
		AssessmentOverview overview = support.as(analyst, () -> assessments.overview(copy));
		assertThat(overview.period()).isEqualTo(PERIOD);
		assertThat(overview.copiedFrom()).isEqualTo(last);
		assertThat(overview.versionNumber()).isEqualTo(1);
		assertThat(overview.sections()).allSatisfy(s -> assertThat(s.status()).isEqualTo(TaskStatus.IN_PROGRESS));
		PriorityMatrix lastMatrix = support.as(analyst, () -> assessments.matrix(last));
		PriorityMatrix matrix = support.as(analyst, () -> assessments.matrix(copy));
		for (RankedIssue old : lastMatrix.issues()) {
			RankedIssue copied = matrix.issues().stream().filter(i -> i.title().equals(old.title())).findFirst().orElse(null);
			if (copied != null && copied.origin() == IssueOrigin.PARTNERSHIP) {
				assertThat(copied.scores()).isEqualTo(old.scores());
			}
		}
		assertThat(matrix.issues()).allSatisfy(i -> assertThat(i.decision()).isNull());
		// Writing on the copied commentary works from its version.
		String first = firstSection(copy);
		SectionDraft section = support.as(analyst, () -> assessments.section(copy, first));
		support.as(analyst, () -> assessments.writeCommentary(copy, first, section.body() + " Checked.", true,
				section.version()));
	}

	@Test
	void aNewVersionOfAnApprovedAssessmentIsApprovedAsVersionTwo() {
		AssessmentId v1 = support.approved(analyst, coordinator, PERIOD);
		ReportDocument approvedFirst = support.as(analyst, () -> assessments.document(v1));
		AssessmentId v2 = support.as(analyst, () -> assessments.newVersion(v1));
		assertThatThrownBy(() -> support.as(analyst, () -> assessments.newVersion(v1))).isInstanceOf(AssessmentRefused.class);
		AssessmentOverview draft = support.as(analyst, () -> assessments.overview(v2));
		assertThat(draft.versionNumber()).isEqualTo(2);
		assertThat(draft.status()).isEqualTo(AssessmentStatus.DRAFT);
		assertThat(draft.unfinished()).isEmpty();
		String first = firstSection(v2);
		support.as(analyst, () -> assessments.writeCommentary(v2, first, "Corrected figures.", true,
				assessments.section(v2, first).version()));
		support.as(analyst, () -> assessments.submit(v2, version(v2)));
		support.as(coordinator, () -> assessments.approve(v2, version(v2)));
		assertThat(support.as(analyst, () -> assessments.document(v2)).status()).endsWith("(version 2)");
		assertThat(support.as(analyst, () -> assessments.document(v1))).isEqualTo(approvedFirst);
		assertThat(support.as(analyst, () -> assessments.overview(v1)).latestInSeries()).isFalse();
	}

	@Test
	void committeeMembersReadOnlyApprovedReports() {
		AssessmentId draft = support.as(analyst, () -> assessments.start(PERIOD));
		AssessmentId approved = support.approved(analyst, coordinator, PERIOD);
		UserAccount councillor = testUsers.create(Role.COMMITTEE_MEMBER);
		List<AssessmentSummary> seen = support.as(councillor, () -> assessments.list());
		assertThat(seen).extracting(AssessmentSummary::id).contains(approved).doesNotContain(draft);
		assertThat(seen).allSatisfy(a -> assertThat(a.status()).isEqualTo(AssessmentStatus.APPROVED));
		assertThat(support.as(councillor, () -> assessments.document(approved)).status()).startsWith("Approved");
		assertThatThrownBy(() -> support.as(councillor, () -> assessments.document(draft)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> support.as(councillor, () -> assessments.overview(approved)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> support.as(councillor, () -> assessments.start(PERIOD)))
			.isInstanceOf(AssessmentRefused.class);
	}

	@Test
	void onlyCoordinatorsMakeANewSchemeVersionAndAStaleOneIsRefused() {
		PriorityScheme current = support.as(coordinator, () -> schemes.current());
		assertThatThrownBy(() -> support.as(analyst, () -> schemes.createVersion(current.ref().version(), current.name(),
				current.criteria(), current.grades()))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> support.as(coordinator, () -> schemes.createVersion(current.ref().version() - 1,
				current.name(), current.criteria(), current.grades()))).isInstanceOf(ConcurrentChangeException.class);
		PriorityScheme v1 = support.as(coordinator, () -> schemes.get(new PrioritySchemeRef("csp-priority-matrix", 1)));
		assertThat(v1.criteria()).hasSize(8);
		assertThat(v1.criteria()).extracting(PriorityScheme.Criterion::group)
			.containsExactly("Harm", "Harm", "Harm", "Harm", "Likelihood and trend", "Victim vulnerability", "Public concern",
					"Partnership capacity and opportunity");
		assertThat(v1.criteria()).allSatisfy(c -> assertThat(c.definitions()).hasSize(5));
		assertThat(v1.grades()).extracting(PriorityScheme.ConfidenceGrade::grade).containsExactly("A", "B", "C");
		assertThat(v1.maximumTotal()).isEqualTo(40);
	}

	private String firstSection(AssessmentId id) {
		return support.as(analyst, () -> assessments.overview(id).sections().get(0).id());
	}

	private int version(AssessmentId id) {
		return support.as(coordinator, () -> assessments.overview(id).version());
	}

}
