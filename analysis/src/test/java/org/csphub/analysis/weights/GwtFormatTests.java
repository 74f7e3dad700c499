package org.csphub.analysis.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class GwtFormatTests {

	private static final String FILE = """
			0 3 wards CODE
			E1 E2 1
			E1 E3 0.5

			E2 E1 1
			E3 E1 2.25
			""";

	@Test
	void readsWeightsWithIdsInOrderOfFirstAppearance() throws IOException {
		SpatialWeights w = GwtFormat.read(new StringReader(FILE));
		assertThat(w.ids()).containsExactly("E1", "E2", "E3");
		assertThat(w.weight(0, 2)).isEqualTo(0.5);
		assertThat(w.weight(2, 0)).isEqualTo(2.25);
		assertThat(w.transform()).isEqualTo(SpatialWeights.Transform.GENERAL);
		assertThat(GwtFormat.read(new StringReader("2\na b 1\nb a 1\n")).transform())
				.isEqualTo(SpatialWeights.Transform.BINARY);
	}

	@Test
	void islandsNeedTheCallersIds() throws IOException {
		String file = "0 3 x ID\n1 2 1\n2 1 1\n";
		assertThatThrownBy(() -> GwtFormat.read(new StringReader(file))).isInstanceOf(WeightsFormatException.class)
				.hasMessageContaining("announces 3 observations but only 2 ids appear");
		SpatialWeights w = GwtFormat.read(new StringReader(file), List.of("3", "2", "1"));
		assertThat(w.islands()).containsExactly(0);
		assertThat(w.neighbours(1)).containsExactly(2);
	}

	@Test
	void errorsNameTheLineAndTheProblem() {
		fails("", 0, "empty");
		fails("x y\n", 1, "the header should be");
		fails("2\na b\n", 2, "expected 'id neighbour-id weight', found 'a b'");
		fails("2\na b one\n", 2, "the weight 'one' is not a number");
		fails("2\na b -1\n", 2, "must be finite and not negative");
		fails("2\na b NaN\n", 2, "must be finite and not negative");
		fails("2\na b 1\n\nb a 1\na b 2\n", 5, "the pair a b already has a weight at line 2");
		fails("2\na b 1\na c 1\n", 3, "id c is one more than the 2 observations");
		assertThatThrownBy(() -> GwtFormat.read(new StringReader(FILE), List.of("E1", "E2", "E9")))
				.hasMessage("line 3: id E3 is not one of the observations");
	}

	@Test
	void writingAndReadingGivesTheSameWeights() throws IOException {
		SpatialWeights w = SpatialWeights.builder(List.of("a", "b", "c")).add(0, 1, 1).add(0, 2, 0.1).add(2, 0, 1e-7)
				.add(1, 1, 3).build();
		StringWriter out = new StringWriter();
		GwtFormat.write(w, out);
		assertThat(out.toString()).isEqualTo("0 3 unknown unknown\na b 1\na c 0.1\nb b 3\nc a 1.0E-7\n");
		assertThat(GwtFormat.read(new StringReader(out.toString()))).isEqualTo(w);
		SpatialWeights standardised = DistanceBandWeights.build(DistanceBandWeightsTests.XS, DistanceBandWeightsTests.YS, 15)
				.rowStandardised();
		StringWriter again = new StringWriter();
		GwtFormat.write(standardised, again, "points", "ID");
		assertThat(GwtFormat.read(new StringReader(again.toString()), standardised.ids()).rowStandardised())
				.isEqualTo(standardised);
	}

	private static void fails(String file, int line, String message) {
		ThrowingCallable read = () -> GwtFormat.read(new StringReader(file));
		assertThatThrownBy(read).as(file).isInstanceOf(WeightsFormatException.class).hasMessageContaining(message)
				.satisfies(e -> assertThat(((WeightsFormatException) e).line()).as(file).isEqualTo(line));
	}

}
