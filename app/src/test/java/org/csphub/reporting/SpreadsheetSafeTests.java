package org.csphub.reporting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetSafeTests {

	@Test
	void cellsStartingWithAFormulaCharacterAreMadeText() {
		assertThat(SpreadsheetSafe.text("=1+2")).isEqualTo("'=1+2");
		assertThat(SpreadsheetSafe.text("+44 116")).isEqualTo("'+44 116");
		assertThat(SpreadsheetSafe.text("-x")).isEqualTo("'-x");
		assertThat(SpreadsheetSafe.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SpreadsheetSafe.text("\t=1")).isEqualTo("'\t=1");
		assertThat(SpreadsheetSafe.text("\r=1")).isEqualTo("'\r=1");
	}

	@Test
	void everythingElseIsLeftAlone() {
		assertThat(SpreadsheetSafe.text("Anti-social behaviour")).isEqualTo("Anti-social behaviour");
		assertThat(SpreadsheetSafe.text("a=b")).isEqualTo("a=b");
		assertThat(SpreadsheetSafe.text("")).isEmpty();
		assertThat(SpreadsheetSafe.text(null)).isEmpty();
	}

}
