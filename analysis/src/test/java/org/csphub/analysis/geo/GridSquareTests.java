package org.csphub.analysis.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GridSquareTests {

	@Test
	void aPointIsInTheSquareWhoseWestAndSouthEdgesAreAtOrBelowIt() {
		assertThat(GridSquare.containing(453_749.99, 319_500, 250)).isEqualTo(new GridSquare(250, 1814, 1278));
		assertThat(GridSquare.containing(453_750, 319_499.99, 250)).isEqualTo(new GridSquare(250, 1815, 1277));
	}

	@Test
	void edgesCornersAndCentre() {
		GridSquare square = new GridSquare(250, 1814, 1278);
		assertThat(square.west()).isEqualTo(453_500);
		assertThat(square.south()).isEqualTo(319_500);
		assertThat(square.centre()).isEqualTo(new GridPoint(453_625, 319_625));
		assertThat(square.corners()).containsExactly(new GridPoint(453_500, 319_500), new GridPoint(453_750, 319_500),
				new GridPoint(453_750, 319_750), new GridPoint(453_500, 319_750));
	}

	@Test
	void theGridReferenceHasThePrecisionOfTheSquare() {
		assertThat(new GridSquare(250, 1814, 1278).gridReference()).isEqualTo("SK 535 195");
		assertThat(new GridSquare(1_000, 453, 319).gridReference()).isEqualTo("SK 53 19");
	}

	@Test
	void negativeCoordinatesRoundDownAndSizesMustBePositive() {
		assertThat(GridSquare.containing(-1, -1, 250)).isEqualTo(new GridSquare(250, -1, -1));
		assertThatThrownBy(() -> new GridSquare(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
