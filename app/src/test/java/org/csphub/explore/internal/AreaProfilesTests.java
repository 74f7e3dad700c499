package org.csphub.explore.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.csphub.areas.AreaDetails;
import org.csphub.areas.AreaRef;
import org.csphub.areas.AreaType;
import org.csphub.incidents.IncidentSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile arithmetic on small hand-made counts: edge cases first. */
class AreaProfilesTests {

	static final AreaDetails WARD = new AreaDetails(new AreaRef(AreaType.WARD, "W1"), "Ward", 1, false, null, "{}");

	static final IncidentSource SOURCE = new IncidentSource("police-uk-street:test", YearMonth.of(2020, 1),
			YearMonth.of(2021, 3), 15);

	static final YearMonth JAN_20 = YearMonth.of(2020, 1);

	static final YearMonth JAN_21 = YearMonth.of(2021, 1);

	@Test
	void aMonthWithNoIncidentsIsZeroButAMonthNotLoadedIsNull() {
		var loaded = new TreeSet<>(List.of(JAN_21));
		AreaProfile profile = AreaProfiles.build(WARD, new ProfileChoice(SOURCE, JAN_21, JAN_21.plusMonths(1), List.of()),
				loaded, Map.of(), 1000L);
		assertThat(profile.months()).extracting(AreaProfile.MonthRow::count).containsExactly(0L, null);
		assertThat(profile.missing()).containsExactly(JAN_21.plusMonths(1));
		assertThat(profile.total()).isZero();
		assertThat(profile.ratePerThousand()).isEqualTo(0.0);
		assertThat(profile.comparison().available()).isFalse();
	}

	@Test
	void theChangeNeedsEveryMonthOfBothPeriodsAndNoPercentageFromZero() {
		var loaded = new TreeSet<>(List.of(JAN_20, JAN_21));
		AreaProfile fromZero = AreaProfiles.build(WARD, new ProfileChoice(SOURCE, JAN_21, JAN_21, List.of()), loaded,
				Map.of(JAN_21, Map.of("Burglary", 4L)), null);
		assertThat(fromZero.comparison().available()).isTrue();
		assertThat(fromZero.comparison().earlierTotal()).isZero();
		assertThat(fromZero.comparison().difference()).isEqualTo(4);
		assertThat(fromZero.comparison().percent()).isNull();
		assertThat(fromZero.ratePerThousand()).as("population not known").isNull();

		AreaProfile halved = AreaProfiles.build(WARD, new ProfileChoice(SOURCE, JAN_21, JAN_21, List.of()), loaded,
				Map.of(JAN_20, Map.of("Burglary", 8L, "Robbery", 2L), JAN_21, Map.of("Burglary", 4L)), 2000L);
		assertThat(halved.comparison().percent()).isEqualTo(-60.0);
		assertThat(halved.categories()).extracting(AreaProfile.CategoryRow::name, AreaProfile.CategoryRow::count,
				AreaProfile.CategoryRow::earlier)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Burglary", 4L, 8L),
					org.assertj.core.groups.Tuple.tuple("Robbery", 0L, 2L));
		assertThat(halved.ratePerThousand()).isEqualTo(2.0);
	}

	@Test
	void aChosenCrimeTypeWithNoIncidentsStillHasItsRow() {
		var loaded = new TreeSet<>(List.of(JAN_21));
		AreaProfile profile = AreaProfiles.build(WARD, new ProfileChoice(SOURCE, JAN_21, JAN_21, List.of("Robbery")), loaded,
				Map.of(), 100L);
		assertThat(profile.categories()).extracting(AreaProfile.CategoryRow::name).containsExactly("Robbery");
		assertThat(profile.categories().get(0).sharePercent()).isNull();
	}

	@Test
	void densityBandsSplitTheSquaresIntoQuantilesWithoutEmptyBands() {
		var counts = java.util.stream.LongStream.rangeClosed(1, 10)
			.mapToObj(n -> new org.csphub.incidents.GridCellCount(new org.csphub.analysis.geo.GridSquare(250, n, 0), n))
			.toList();
		DensityGrid grid = DensityGrid.of(counts, 250);
		assertThat(grid.bands()).extracting(DensityGrid.Band::label).containsExactly("1 to 2", "3 to 4", "5 to 6", "7 to 8",
				"9 to 10");
		assertThat(grid.busiest(2)).extracting(DensityGrid.Cell::count).containsExactly(10L, 9L);
		DensityGrid same = DensityGrid.of(counts.subList(0, 1), 250);
		assertThat(same.bands()).extracting(DensityGrid.Band::label).containsExactly("1");
	}

}
