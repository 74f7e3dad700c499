package org.csphub.incidents;

import java.nio.file.Files;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csphub.CspHubIntegrationTest;
import org.csphub.areas.AreaType;
import org.csphub.areas.Areas;
import org.csphub.explore.ExploreTestData;
import org.csphub.explore.RawCharnwood;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The queries the strategic assessment reads (IncidentStatistics: counts by area, located incidents,
 * incidents per map point, loaded months) over two months of the shipped Charnwood extract, imported
 * through the real import. Expected figures come from the raw rows and boundaries ({@link RawCharnwood}).
 */
@CspHubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentQueriesIntegrationTests {

	static final YearMonth MARCH = YearMonth.of(2021, 3);

	static final YearMonth APRIL = YearMonth.of(2021, 4);

	@Autowired
	IncidentStatistics statistics;

	@Autowired
	Areas areas;

	@Autowired
	IncidentImports imports;

	@Autowired
	JdbcClient jdbc;

	ExploreTestData data;

	ImportSummary summary;

	@BeforeAll
	void importTwoMonths() throws Exception {
		data = new ExploreTestData(areas, imports, jdbc);
		data.importAreas();
		summary = data.importMonths(List.of("2021-03", "2021-04"), Files.createTempDirectory("assessment-queries"));
	}

	@AfterAll
	void remove() {
		data.remove();
	}

	@Test
	void countsByWardAndByCustomAreaMatchTheRawPolygons() {
		String ward = RawCharnwood.busiestWard();
		Map<String, Long> expected = RawCharnwood.byCategory(RawCharnwood.inWard(ward), "2021-03", "2021-04");
		Map<String, Long> actual = new HashMap<>();
		statistics.countsByArea(AreaType.WARD, data.source, MARCH, APRIL).stream()
			.filter(c -> ward.equals(c.areaCode()))
			.forEach(c -> actual.merge(c.category(), c.count(), Long::sum));
		assertThat(actual).isEqualTo(expected).isNotEmpty();

		long inTownCentre = RawCharnwood.total(RawCharnwood.in(RawCharnwood.townCentre()), "2021-03", "2021-04");
		assertThat(statistics.countsByArea(AreaType.CUSTOM, data.source, MARCH, APRIL).stream()
			.filter(c -> ExploreTestData.TOWN_CENTRE.equals(c.areaCode()))
			.mapToLong(AreaMonthCategoryCount::count).sum()).isEqualTo(inTownCentre).isPositive();
		assertThatThrownBy(() -> statistics.countsByArea(AreaType.BOROUGH, data.source, MARCH, APRIL))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void oneQueryByLsoaWardAndParishAddsUpToEveryIncidentAndAgreesWithTheWardCounts() {
		List<PlacedCount> placed = statistics.countsByLsoaWardAndParish(data.source, MARCH, APRIL);
		long total = RawCharnwood.total(RawCharnwood.inBorough(), "2021-03", "2021-04");
		assertThat(placed.stream().mapToLong(PlacedCount::count).sum()).isEqualTo(total).isEqualTo(summary.imported());
		Map<String, Long> byWard = new HashMap<>();
		placed.forEach(c -> byWard.merge(c.wardCode() + "|" + c.month() + "|" + c.category(), c.count(), Long::sum));
		Map<String, Long> wards = new HashMap<>();
		statistics.countsByArea(AreaType.WARD, data.source, MARCH, APRIL)
			.forEach(c -> wards.put(c.areaCode() + "|" + c.month() + "|" + c.category(), c.count()));
		assertThat(byWard).isEqualTo(wards);
		assertThat(placed).allSatisfy(c -> assertThat(c.lsoaCode()).isNotNull());
		assertThat(placed).allSatisfy(c -> assertThat(c.parishCode()).isNull());
	}

	@Test
	void locatedIncidentsHoldEveryIncidentOncePerPointMonthAndTypeInOrder() {
		LocatedIncidents all = statistics.locatedIncidents(data.source, MARCH, APRIL, Set.of());
		long total = RawCharnwood.total(RawCharnwood.inBorough(), "2021-03", "2021-04");
		assertThat(all.incidents()).isEqualTo(total);
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < all.size(); i++) {
			assertThat(keys.add(all.easting(i) + "," + all.northing(i) + "," + all.month(i) + "," + all.category(i)))
				.as("entry %d is distinct", i).isTrue();
			if (i > 0) {
				int order = all.month(i - 1).compareTo(all.month(i));
				if (order == 0) {
					order = all.category(i - 1).compareTo(all.category(i));
				}
				if (order == 0) {
					order = Double.compare(all.easting(i - 1), all.easting(i));
				}
				if (order == 0) {
					order = Double.compare(all.northing(i - 1), all.northing(i));
				}
				assertThat(order).as("entry %d follows %d", i, i - 1).isNegative();
			}
		}
		assertThat(all.size()).isLessThan((int) total);

		LocatedIncidents burglary = statistics.locatedIncidents(data.source, APRIL, APRIL, Set.of("Burglary"));
		assertThat(burglary.categories()).containsExactly("Burglary");
		assertThat(burglary.incidents()).isEqualTo(RawCharnwood.byCategory(RawCharnwood.inBorough(), "2021-04", "2021-04")
			.get("Burglary"));
	}

	@Test
	void countsByLocationGiveOneRowPerPublishedPoint() {
		List<LocationCount> locations = statistics.countsByLocation(data.source, MARCH, APRIL, Set.of());
		Set<String> points = new HashSet<>();
		RawCharnwood.rows().stream()
			.filter(r -> r.month().equals("2021-03") || r.month().equals("2021-04"))
			.filter(RawCharnwood.inBorough())
			.forEach(r -> points.add(r.point().getX() + "," + r.point().getY()));
		assertThat(locations).hasSize(points.size());
		assertThat(locations.stream().mapToLong(LocationCount::count).sum())
			.isEqualTo(RawCharnwood.total(RawCharnwood.inBorough(), "2021-03", "2021-04"));
		assertThat(locations).allSatisfy(l -> assertThat(l.location()).startsWith("On or near"));
	}

	@Test
	void loadedMonthsCarryWhatTheImportLeftOut() {
		List<LoadedMonth> months = statistics.loadedMonths(data.source, YearMonth.of(2021, 1), YearMonth.of(2021, 12));
		assertThat(months).extracting(LoadedMonth::month).containsExactly(MARCH, APRIL);
		assertThat(months.stream().mapToLong(LoadedMonth::imported).sum()).isEqualTo(summary.imported());
		assertThat(months.stream().mapToLong(LoadedMonth::withoutLocation).sum()).isEqualTo(summary.withoutLocation());
		assertThat(months.stream().mapToLong(LoadedMonth::outsideArea).sum()).isEqualTo(summary.outsideArea()).isPositive();
	}

}
