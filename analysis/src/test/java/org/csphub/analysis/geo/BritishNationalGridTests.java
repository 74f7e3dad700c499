package org.csphub.analysis.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BritishNationalGridTests {

	private final BritishNationalGrid grid = new BritishNationalGrid();

	/**
	 * The Ordnance Survey's worked example (A guide to coordinate systems in Great Britain): Caister
	 * water tower, ETRS89 52°39′28.8282″N 1°42′57.8663″E, is at E 651409.903, N 313177.270 by OSTN15.
	 * The Helmert shift is within 5 m of OSTN15.
	 */
	@Test
	void agreesWithTheOrdnanceSurveyWorkedExampleWithinFiveMetres() {
		double latitude = 52 + 39 / 60.0 + 28.8282 / 3600.0;
		double longitude = 1 + 42 / 60.0 + 57.8663 / 3600.0;
		GridPoint point = grid.project(longitude, latitude);
		assertThat(point.distanceTo(new GridPoint(651409.903, 313177.270))).isLessThan(5.0);
	}

	@Test
	void theGridOriginMeridianRunsDueNorth() {
		GridPoint south = grid.project(-2.0, 50.5);
		GridPoint north = grid.project(-2.0, 55.5);
		assertThat(north.northing()).isGreaterThan(south.northing() + 500_000);
		assertThat(north.easting()).isCloseTo(south.easting(), within(150.0));
		assertThat(south.easting()).isCloseTo(400_000, within(150.0));
	}

	@Test
	void projectingAndBackReturnsThePoint() {
		GridPoint leicester = grid.project(-1.1332, 52.6369);
		double[] back = grid.toLongitudeLatitude(leicester);
		assertThat(back[0]).isCloseTo(-1.1332, within(1e-7));
		assertThat(back[1]).isCloseTo(52.6369, within(1e-7));
		assertThat(leicester.easting()).isBetween(455_000.0, 462_000.0);
		assertThat(leicester.northing()).isBetween(300_000.0, 308_000.0);
	}

	@Test
	void refusesCoordinatesOutOfRange() {
		assertThatThrownBy(() -> grid.project(-1.1, 91)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("latitude");
		assertThatThrownBy(() -> grid.project(181, 52)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> grid.project(Double.NaN, 52)).isInstanceOf(IllegalArgumentException.class);
	}

}
