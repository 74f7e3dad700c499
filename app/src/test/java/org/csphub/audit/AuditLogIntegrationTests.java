package org.csphub.audit;

import java.time.LocalDate;
import java.util.UUID;

import org.csphub.CspHubIntegrationTest;
import org.csphub.TestUsers;
import org.csphub.partners.Role;
import org.csphub.partners.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The audit log is append-only in the database itself, and can be searched. */
@CspHubIntegrationTest
class AuditLogIntegrationTests {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Test
	void theDatabaseRefusesToChangeAnEntry() {
		String marker = record();
		assertThatThrownBy(() -> jdbc.sql("update audit_entry set detail = 'tampered' where record_id = ?")
			.param(marker)
			.update()).rootCause().hasMessageContaining("append-only");
		assertThat(detailOf(marker)).isEqualTo("original");
	}

	@Test
	void theDatabaseRefusesToDeleteAnEntry() {
		String marker = record();
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where record_id = ?").param(marker).update())
			.rootCause()
			.hasMessageContaining("append-only");
		assertThat(detailOf(marker)).isEqualTo("original");
	}

	@Test
	void searchFiltersByActorActionOutcomeRecordAndDate() {
		String recordId = UUID.randomUUID().toString();
		audit.recordAs("alice-" + recordId.substring(0, 6), "thing.done", "thing", recordId, AuditOutcome.SUCCESS, "a");
		audit.recordAs("bob-" + recordId.substring(0, 6), "thing.done", "thing", recordId, AuditOutcome.FAILURE, "b");
		audit.recordAs("bob-" + recordId.substring(0, 6), "thing.viewed", "thing", recordId, AuditOutcome.SUCCESS, "c");

		assertThat(search(null, null, null, recordId, null, null).total()).isEqualTo(3);
		assertThat(search("BOB-" + recordId.substring(0, 6), null, null, recordId, null, null).total()).isEqualTo(2);
		assertThat(search(null, "thing.done", null, recordId, null, null).total()).isEqualTo(2);
		assertThat(search(null, "thing.done", AuditOutcome.FAILURE, recordId, null, null).entries())
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).isEqualTo("b"));
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
		assertThat(search(null, null, null, recordId, today, today).total()).isEqualTo(3);
		assertThat(search(null, null, null, recordId, today.plusDays(1), null).total()).isZero();
		assertThat(search(null, null, null, recordId, null, today.minusDays(1)).total()).isZero();
	}

	@Test
	void entriesComeNewestFirstInPages() {
		String recordId = UUID.randomUUID().toString();
		for (int i = 1; i <= 5; i++) {
			audit.recordAs("pager", "page.test", "thing", recordId, AuditOutcome.SUCCESS, "entry " + i);
		}
		AuditPage first = audit.search(new AuditQuery(null, null, null, recordId, null, null, null, 1, 2));
		AuditPage last = audit.search(new AuditQuery(null, null, null, recordId, null, null, null, 3, 2));
		assertThat(first.entries()).extracting(AuditEntry::detail).containsExactly("entry 5", "entry 4");
		assertThat(last.entries()).extracting(AuditEntry::detail).containsExactly("entry 1");
		assertThat(first.pageCount()).isEqualTo(3);
		assertThat(first.hasNext()).isTrue();
		assertThat(last.hasNext()).isFalse();
	}

	@Test
	void theAuditPageShowsFilteredEntriesAndRecordsThatItWasSearched() throws Exception {
		UserAccount coordinator = testUsers.create(Role.COORDINATOR);
		MockHttpSession session = testUsers.signIn(mvc, coordinator);
		String recordId = UUID.randomUUID().toString();
		audit.recordAs("someone", "thing.done", "thing", recordId, AuditOutcome.SUCCESS, "visible detail");
		String html = mvc.perform(get("/audit").param("recordId", recordId).session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("visible detail").contains("1 entries");
		assertThat(search(coordinator.username(), "audit.searched", null, null, null, null).total()).isEqualTo(1);
	}

	@Test
	void theAuditPageOffersNoWayToChangeOrRemoveEntries() throws Exception {
		MockHttpSession session = testUsers.signIn(mvc, Role.COORDINATOR);
		String html = mvc.perform(get("/audit").session(session)).andReturn().getResponse().getContentAsString();
		String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
		assertThat(main).contains("Audit log").doesNotContain("method=\"post\"", "Delete", "Remove");
		for (String path : new String[] { "/audit/1/delete", "/audit/1/edit" }) {
			int status = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
				.session(session)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(path).isIn(404, 405);
		}
	}

	private String record() {
		String marker = UUID.randomUUID().toString();
		audit.recordAs("tester", "test.recorded", "test", marker, AuditOutcome.SUCCESS, "original");
		return marker;
	}

	private String detailOf(String marker) {
		return jdbc.sql("select detail from audit_entry where record_id = ?").param(marker).query(String.class).single();
	}

	private AuditPage search(String actor, String action, AuditOutcome outcome, String recordId, LocalDate from,
			LocalDate to) {
		return audit.search(new AuditQuery(actor, action, null, recordId, outcome, from, to, 1, 50));
	}

}
