package org.csphub.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.csphub.partners.UserAccount;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Drives assessments through the façade as real users (signed in for the call, as a request would
 * be), and finishes them: every section's commentary complete, every issue scored and decided.
 */
public final class AssessmentTestSupport {

	private final Assessments assessments;

	private final UserDetailsService users;

	public AssessmentTestSupport(Assessments assessments, UserDetailsService users) {
		this.assessments = assessments;
		this.users = users;
	}

	/** Runs the work signed in as the user, then signs out again. */
	public <T> T as(UserAccount user, Supplier<T> work) {
		UserDetails details = users.loadUserByUsername(user.username());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

	public void as(UserAccount user, Runnable work) {
		as(user, () -> {
			work.run();
			return null;
		});
	}

	public Assessments assessments() {
		return assessments;
	}

	/** Scores on every criterion of the scheme, all the same. */
	public static Map<String, Integer> allScores(PriorityScheme scheme, int score) {
		Map<String, Integer> scores = new LinkedHashMap<>();
		scheme.criteria().forEach(c -> scores.put(c.code(), score));
		return scores;
	}

	/**
	 * Completes every section and scores and decides every issue (adding one first if there is none):
	 * the first by rank a priority, the rest not.
	 */
	public void finish(UserAccount analyst, AssessmentId id) {
		as(analyst, () -> {
			for (AssessmentOverview.SectionTask section : assessments.overview(id).sections()) {
				SectionDraft draft = assessments.section(id, section.id());
				assessments.writeCommentary(id, section.id(), "What " + section.title() + " means for the partnership.",
						true, draft.version());
			}
			if (assessments.matrix(id).issues().isEmpty()) {
				assessments.addIssue(id, "Fly-tipping " + UUID.randomUUID().toString().substring(0, 4), "Residents complain");
			}
			PriorityMatrix matrix = assessments.matrix(id);
			int n = 0;
			for (RankedIssue issue : matrix.issues()) {
				int score = Math.max(1, 5 - n);
				assessments.score(id, issue.id(), allScores(matrix.scheme(), score), "A", issue.version());
				assessments.decide(id, issue.id(), n == 0 ? PriorityDecision.PRIORITY : PriorityDecision.NOT_PRIORITY,
						n == 0 ? "Highest harm and volume" : "Lower harm; police lead", issue.version() + 1);
				n++;
			}
		});
	}

	/** A finished assessment submitted by the analyst. */
	public AssessmentId submitted(UserAccount analyst, AssessmentPeriod period) {
		AssessmentId id = as(analyst, () -> assessments.start(period));
		finish(analyst, id);
		as(analyst, () -> assessments.submit(id, assessments.overview(id).version()));
		return id;
	}

	/** A finished assessment submitted by the analyst and approved by the coordinator. */
	public AssessmentId approved(UserAccount analyst, UserAccount coordinator, AssessmentPeriod period) {
		AssessmentId id = submitted(analyst, period);
		as(coordinator, () -> assessments.approve(id, assessments.overview(id).version()));
		return id;
	}

}
