package org.csphub.analysis.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.csphub.analysis.grid.Grid;
import org.junit.jupiter.api.Test;

class SpatialWeightsTests {

	@Test
	void theBuilderSortsEachRowAndInfersBinaryWeights() {
		SpatialWeights w = SpatialWeights.builder(List.of("a", "b", "c")).add(0, 2, 1).add(0, 1, 1).add(2, 0, 1)
				.build();
		assertThat(w.size()).isEqualTo(3);
		assertThat(w.transform()).isEqualTo(SpatialWeights.Transform.BINARY);
		assertThat(w.neighbours(0)).containsExactly(1, 2);
		assertThat(w.neighbours(1)).isEmpty();
		assertThat(w.islands()).containsExactly(1);
		assertThat(w.weight(2, 0)).isEqualTo(1);
		assertThat(w.weight(0, 0)).isZero();
		assertThat(w.indexOf("c")).isEqualTo(2);
		assertThat(w.indexOf("z")).isEqualTo(-1);
		assertThat(w.isSymmetric()).isFalse();
		assertThat(SpatialWeights.builder(2).add(0, 1, 0.5).build().transform())
				.isEqualTo(SpatialWeights.Transform.GENERAL);
	}

	@Test
	void refusesDuplicatesNegativeWeightsAndBadIndexes() {
		assertThatThrownBy(() -> SpatialWeights.builder(2).add(0, 1, 1).add(0, 1, 2).build())
				.hasMessageContaining("(0, 1) was given twice");
		assertThatThrownBy(() -> SpatialWeights.builder(2).add(0, 1, -1)).hasMessageContaining("non-negative");
		assertThatThrownBy(() -> SpatialWeights.builder(2).add(0, 1, Double.NaN)).hasMessageContaining("non-negative");
		assertThatThrownBy(() -> SpatialWeights.builder(2).add(0, 2, 1)).hasMessageContaining("outside 2");
		assertThatThrownBy(() -> SpatialWeights.builder(List.of("a", "a"))).hasMessageContaining("id a");
	}

	@Test
	void rowStandardisingDividesEachRowByItsSumAndLeavesIslandsEmpty() {
		SpatialWeights w = SpatialWeights.builder(3).add(0, 1, 1).add(0, 2, 3).add(1, 0, 2).build().rowStandardised();
		assertThat(w.transform()).isEqualTo(SpatialWeights.Transform.ROW_STANDARDISED);
		assertThat(w.weight(0, 1)).isEqualTo(0.25);
		assertThat(w.weight(0, 2)).isEqualTo(0.75);
		assertThat(w.weight(1, 0)).isEqualTo(1);
		assertThat(w.rowSum(2)).isZero();
	}

	@Test
	void binaryDropsZeroWeightsAndSetsTheRestToOne() {
		SpatialWeights w = SpatialWeights.builder(3).add(0, 1, 0.2).add(0, 2, 0).add(1, 0, 7).build().binary();
		assertThat(w.entryCount()).isEqualTo(2);
		assertThat(w.weight(0, 1)).isEqualTo(1);
		assertThat(w.weight(1, 0)).isEqualTo(1);
	}

	@Test
	void withSelfAddsTheRowMaximumAndRestandardisesRowStandardisedWeights() {
		SpatialWeights general = SpatialWeights.builder(3).add(0, 1, 2).add(0, 2, 5).add(2, 0, 1).build();
		SpatialWeights starred = general.withSelf();
		assertThat(starred.selfWeight(0)).isEqualTo(5);
		assertThat(starred.selfWeight(1)).isEqualTo(1); // an island: 1
		assertThat(starred.selfWeight(2)).isEqualTo(1);
		assertThat(starred.selfWeightCount()).isEqualTo(3);
		assertThat(starred.neighbourCount(0)).isEqualTo(2);
		assertThat(starred.neighbours(0)).containsExactly(1, 2);
		assertThat(starred.withSelf()).isSameAs(starred);
		assertThat(starred.withoutSelf()).isEqualTo(general);

		// Binary, two neighbours: each of the three weights becomes 1/3 whichever comes first.
		SpatialWeights binary = SpatialWeights.builder(3).addSymmetric(0, 1, 1).addSymmetric(0, 2, 1).build();
		SpatialWeights a = binary.withSelf().rowStandardised();
		SpatialWeights b = binary.rowStandardised().withSelf();
		for (SpatialWeights w : List.of(a, b)) {
			assertThat(w.transform()).isEqualTo(SpatialWeights.Transform.ROW_STANDARDISED);
			assertThat(w.weight(0, 0)).isCloseTo(1.0 / 3, within(1e-15));
			assertThat(w.weight(0, 1)).isCloseTo(1.0 / 3, within(1e-15));
			assertThat(w.weight(1, 1)).isCloseTo(0.5, within(1e-15));
		}
		assertThat(binary.withSelf().transform()).isEqualTo(SpatialWeights.Transform.BINARY);
	}

	@Test
	void sumsS0S1S2OfTheThreeByThreeRookLattice() {
		// 12 edges: S0 = 24; S1 = ½ Σ (1 + 1)² over 24 ordered pairs = 48;
		// degrees 2 (4 corners), 3 (4 edges), 4 (centre): S2 = 4·4² + 4·6² + 8² = 272.
		SpatialWeights w = GridWeights.rook(Grid.of(0, 0, 1, 3, 3));
		assertThat(w.s0()).isEqualTo(24);
		assertThat(w.s1()).isEqualTo(48);
		assertThat(w.s2()).isEqualTo(272);
		assertThat(w.isSymmetric()).isTrue();
	}

	@Test
	void sumsS1AndS2OfAnAsymmetricMatrixByHand() {
		// w01 = 1, w10 = 3, w12 = 2. S1 = ½[(1+3)² + (3+1)² + (2+0)² + (0+2)²] = ½[16 + 16 + 4 + 4] = 20.
		// Row + column sums: 0: 1 + 3 = 4; 1: 5 + 1 = 6; 2: 0 + 2 = 2; S2 = 16 + 36 + 4 = 56.
		SpatialWeights w = SpatialWeights.builder(3).add(0, 1, 1).add(1, 0, 3).add(1, 2, 2).build();
		assertThat(w.s0()).isEqualTo(6);
		assertThat(w.s1()).isEqualTo(20);
		assertThat(w.s2()).isEqualTo(56);
	}

}
