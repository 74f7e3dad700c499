package org.csphub.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.csphub.assessment.internal.BoroughOverviewSource;
import org.csphub.incidents.IncidentSource;
import org.csphub.incidents.IncidentStatistics;
import org.springframework.stereotype.Service;

/**
 * The home page's borough overview. Computing it takes a second or two for a district, so the last
 * one is kept until the loaded data changes (sources, their months) or {@value #KEEP_MINUTES} minutes
 * pass, whichever comes first. Everyone signed in may see it: it is counts of places, not people.
 */
@Service
public class BoroughOverviews {

	static final long KEEP_MINUTES = 10;

	private final IncidentStatistics statistics;

	private final BoroughOverviewSource source;

	private final Clock clock;

	private volatile Cached cached;

	BoroughOverviews(IncidentStatistics statistics, BoroughOverviewSource source, Clock clock) {
		this.statistics = statistics;
		this.source = source;
		this.clock = clock;
	}

	/** The overview of the 12 months to the last month of police.uk data loaded, or empty if none is. */
	public Optional<BoroughOverview> current() {
		List<IncidentSource> sources = statistics.sources();
		Optional<YearMonth> last = sources.stream()
			.filter(IncidentSource::policeUkStreet)
			.map(IncidentSource::last)
			.max(YearMonth::compareTo);
		if (last.isEmpty()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Cached c = cached;
		if (c != null && c.sources.equals(sources) && now.isBefore(c.at.plus(Duration.ofMinutes(KEEP_MINUTES)))) {
			return Optional.of(c.overview);
		}
		BoroughOverview overview = source.overview(AssessmentPeriod.twelveMonthsTo(last.get()));
		cached = new Cached(sources, now, overview);
		return Optional.of(overview);
	}

	private record Cached(List<IncidentSource> sources, Instant at, BoroughOverview overview) {
	}

}
