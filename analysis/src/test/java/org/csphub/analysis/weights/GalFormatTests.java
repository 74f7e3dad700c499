package org.csphub.analysis.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.csphub.analysis.grid.Grid;
import org.junit.jupiter.api.Test;

class GalFormatTests {

	private static final String WARDS = """
			0 3 wards CODE
			E1 2
			E2 E3
			E2 1
			E1

			E3 1
			E1
			""";

	@Test
	void readsGeoDasFormatWithIdsInRecordOrder() throws IOException {
		SpatialWeights w = GalFormat.read(new StringReader(WARDS));
		assertThat(w.ids()).containsExactly("E1", "E2", "E3");
		assertThat(w.neighbours(0)).containsExactly(1, 2);
		assertThat(w.neighbours(1)).containsExactly(0);
		assertThat(w.transform()).isEqualTo(SpatialWeights.Transform.BINARY);
	}

	@Test
	void acceptsEveryHeaderVariantIslandsAndWrappedLists() throws IOException {
		for (String header : List.of("3", "0 3", "0 3 wards CODE", "3 wards CODE")) {
			SpatialWeights w = GalFormat.read(new StringReader(header + "\n1 2\n2\n3\n2 1\n1\n3 0\n\n"));
			assertThat(w.neighbours(0)).as(header).containsExactly(1, 2);
			assertThat(w.islands()).containsExactly(2);
		}
	}

	@Test
	void mapsFileIdsOntoTheCallersObservationOrder() throws IOException {
		SpatialWeights w = GalFormat.read(new StringReader(WARDS), List.of("E3", "E1", "E2"));
		assertThat(w.ids()).containsExactly("E3", "E1", "E2");
		assertThat(w.neighbours(1)).containsExactly(0, 2); // E1: E3 and E2
		assertThat(w.neighbours(0)).containsExactly(1);
	}

	@Test
	void errorsNameTheLineAndTheProblem() {
		fails("", 0, "empty");
		fails("three\n", 1, "the header should be");
		fails("2\n1 x\n", 2, "neighbour count 'x' of id 1 is not a whole number");
		fails("2\n1 1 extra\n2\n", 2, "'id neighbour-count'");
		fails("2\n1 1\n2 3\n2 1\n1\n", 3, "id 1 (line 2) has 1 neighbours but 2 are listed");
		fails("2\n1 1\n2\n1 1\n2\n", 4, "id 1 already has a record at line 2");
		fails("2\n1 1\n9\n2 1\n1\n", 3, "neighbour 9 of id 1 has no record");
		fails("2\n1 2\n2 2\n2 1\n1\n", 3, "neighbour 2 of id 1 is listed twice");
		fails("2\n1 1\n2\n", 0, "the file has 1 records but its header (line 1) announces 2");
		fails("1\n1 0\n2 0\n", 3, "more records than the 1 observations");
		fails("2\n1 2\n2\n", 0, "the file ends after 1 of the 2 neighbours of id 1 (line 2)");
		assertThatThrownBy(() -> GalFormat.read(new StringReader(WARDS), List.of("E1", "E2", "X")))
				.isInstanceOf(WeightsFormatException.class).hasMessage("line 7: id E3 is not one of the observations");
		assertThatThrownBy(() -> GalFormat.read(new StringReader(WARDS), List.of("E1")))
				.hasMessage("line 1: the header announces 3 observations but 1 were expected");
	}

	@Test
	void writingAndReadingGivesTheSameWeights() throws IOException {
		SpatialWeights queen = GridWeights.queen(Grid.of(0, 0, 10, 4, 3).withExcluded(ContiguityWeightsTests.mask(12, 5)));
		StringWriter out = new StringWriter();
		GalFormat.write(queen, out, "grid", "CELL");
		assertThat(out.toString()).startsWith("0 11 grid CELL\n0 2\n1 4\n1 4\n0 2 4 6\n");
		assertThat(GalFormat.read(new StringReader(out.toString()))).isEqualTo(queen);
		StringWriter plain = new StringWriter();
		GalFormat.write(KNearestWeights.build(new double[] { 0, 1, 3 }, new double[3], 1), plain);
		assertThat(plain.toString()).isEqualTo("3\n0 1\n1\n1 1\n0\n2 1\n1\n");
	}

	@Test
	void refusesToWriteWeightsItCannotHold() {
		SpatialWeights general = SpatialWeights.builder(2).add(0, 1, 0.5).build();
		assertThatThrownBy(() -> GalFormat.write(general, new StringWriter())).hasMessageContaining("GwtFormat");
		SpatialWeights spaced = SpatialWeights.builder(List.of("a b")).build();
		assertThatThrownBy(() -> GalFormat.write(spaced, new StringWriter())).hasMessageContaining("'a b'");
	}

	private static void fails(String file, int line, String message) {
		ThrowingCallable read = () -> GalFormat.read(new StringReader(file));
		assertThatThrownBy(read).as(file).isInstanceOf(WeightsFormatException.class).hasMessageContaining(message)
				.satisfies(e -> assertThat(((WeightsFormatException) e).line()).as(file).isEqualTo(line));
	}

}
