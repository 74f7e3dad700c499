package org.csphub.areas;

import java.util.Objects;

/**
 * The five published tables of per-LSOA reference data, imported together.
 * @param population ONS LSOA population estimates 2019 ({@code lsoa,pop})
 * @param imd English Indices of Deprivation 2019, File 1 (IMD rank and decile)
 * @param imdDomains File 2 (the seven domains' ranks and deciles)
 * @param denominators File 6 (population denominators, mid-2015)
 * @param ruralUrban ONS rural-urban classification 2011 ({@code lsoa,...,RUC11CD,RUC11})
 */
public record ReferenceFiles(SourceFile population, SourceFile imd, SourceFile imdDomains, SourceFile denominators,
		SourceFile ruralUrban) {

	public ReferenceFiles {
		Objects.requireNonNull(population, "population");
		Objects.requireNonNull(imd, "imd");
		Objects.requireNonNull(imdDomains, "imdDomains");
		Objects.requireNonNull(denominators, "denominators");
		Objects.requireNonNull(ruralUrban, "ruralUrban");
	}

}
