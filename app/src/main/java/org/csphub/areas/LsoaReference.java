package org.csphub.areas;

/**
 * Published statistics for one LSOA (2011). Any value is null where the source table had no row for
 * the LSOA. Ranks run from 1, the most deprived of England's 32,844 LSOAs; deciles from 1 (most
 * deprived 10%) to 10.
 */
public record LsoaReference(String lsoaCode, String lsoaName, Integer population2019, Deprivation imd,
		Deprivation income, Deprivation employment, Deprivation education, Deprivation health, Deprivation crime,
		Deprivation housingAndServices, Deprivation livingEnvironment, Denominators denominators, String ruralUrbanCode,
		String ruralUrbanName) {

	/** A rank and decile of the English Indices of Deprivation 2019. */
	public record Deprivation(Integer rank, Integer decile) {
	}

	/** Population denominators, mid-2015, excluding prisoners (IoD 2019 File 6). */
	public record Denominators(Integer total, Integer children0To15, Integer aged16To59, Integer aged60AndOver,
			Integer workingAge) {
	}

}
