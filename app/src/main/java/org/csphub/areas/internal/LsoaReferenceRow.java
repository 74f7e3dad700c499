package org.csphub.areas.internal;

import org.csphub.areas.LsoaReference;
import org.csphub.areas.LsoaReference.Denominators;
import org.csphub.areas.LsoaReference.Deprivation;

/** The reference values for one LSOA, filled in file by file during an import. */
final class LsoaReferenceRow {

	final String code;

	String name;

	Integer population2019;

	/** IMD, then the seven domains in File 2's order: rank and decile of each. */
	final Integer[] ranks = new Integer[8];

	final Integer[] deciles = new Integer[8];

	/** Total, 0-15, 16-59, 60 and over, working age (mid-2015). */
	final Integer[] denominators = new Integer[5];

	String ruralUrbanCode;

	String ruralUrbanName;

	LsoaReferenceRow(String code) {
		this.code = code;
	}

	LsoaReference toReference() {
		return new LsoaReference(code, name, population2019, deprivation(0), deprivation(1), deprivation(2),
				deprivation(3), deprivation(4), deprivation(5), deprivation(6), deprivation(7),
				new Denominators(denominators[0], denominators[1], denominators[2], denominators[3], denominators[4]),
				ruralUrbanCode, ruralUrbanName);
	}

	private Deprivation deprivation(int i) {
		return new Deprivation(ranks[i], deciles[i]);
	}

}
