package org.csphub.areas.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csphub.areas.LsoaReference;
import org.csphub.areas.LsoaReference.Denominators;
import org.csphub.areas.LsoaReference.Deprivation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lsoa_reference table: one row of published statistics per LSOA. */
@Repository
public class LsoaReferenceRepository {

	private static final String[] DOMAIN_COLUMNS = { "imd", "income", "employment", "education", "health", "crime",
			"housing_services", "living_environment" };

	private static final String[] DENOMINATOR_COLUMNS = { "population_mid_2015", "children_0_15_mid_2015",
			"aged_16_59_mid_2015", "aged_60_plus_mid_2015", "working_age_mid_2015" };

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	LsoaReferenceRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	public Optional<LsoaReference> find(String lsoaCode) {
		return jdbc.sql("select * from lsoa_reference where lsoa_code = ?")
			.param(lsoaCode)
			.query(LsoaReferenceRepository::map)
			.optional();
	}

	/** The 2019 population of every LSOA that has one. */
	public Map<String, Integer> populations() {
		Map<String, Integer> populations = new HashMap<>();
		jdbc.sql("select lsoa_code, population_2019 from lsoa_reference where population_2019 is not null")
			.query(rs -> {
				populations.put(rs.getString(1), rs.getInt(2));
			});
		return populations;
	}

	public int count() {
		return jdbc.sql("select count(*) from lsoa_reference").query(Integer.class).single();
	}

	/** Replaces the whole table with these rows, in the caller's transaction. */
	void replaceAll(List<LsoaReferenceRow> rows, Instant now) {
		jdbc.sql("delete from lsoa_reference").update();
		StringBuilder columns = new StringBuilder("lsoa_code, lsoa_name, population_2019");
		for (String domain : DOMAIN_COLUMNS) {
			columns.append(", ").append(domain).append("_rank, ").append(domain).append("_decile");
		}
		for (String denominator : DENOMINATOR_COLUMNS) {
			columns.append(", ").append(denominator);
		}
		columns.append(", ruc_2011_code, ruc_2011_name, imported_at");
		int count = columns.toString().split(",").length;
		String sql = "insert into lsoa_reference (" + columns + ") values (" + "?, ".repeat(count - 1) + "?)";
		Timestamp at = Timestamp.from(now);
		List<Object[]> values = new ArrayList<>(rows.size());
		for (LsoaReferenceRow row : rows) {
			List<Object> v = new ArrayList<>(count);
			v.add(row.code);
			v.add(row.name);
			v.add(row.population2019);
			for (int i = 0; i < DOMAIN_COLUMNS.length; i++) {
				v.add(row.ranks[i]);
				v.add(row.deciles[i]);
			}
			for (Integer denominator : row.denominators) {
				v.add(denominator);
			}
			v.add(row.ruralUrbanCode);
			v.add(row.ruralUrbanName);
			v.add(at);
			values.add(v.toArray());
		}
		int[] types = new int[count];
		java.util.Arrays.fill(types, java.sql.Types.INTEGER);
		types[0] = java.sql.Types.VARCHAR;
		types[1] = java.sql.Types.VARCHAR;
		types[count - 3] = java.sql.Types.VARCHAR;
		types[count - 2] = java.sql.Types.VARCHAR;
		types[count - 1] = java.sql.Types.TIMESTAMP;
		batch.batchUpdate(sql, values, types);
	}

	private static LsoaReference map(ResultSet rs, int row) throws SQLException {
		Deprivation[] deprivation = new Deprivation[DOMAIN_COLUMNS.length];
		for (int i = 0; i < DOMAIN_COLUMNS.length; i++) {
			deprivation[i] = new Deprivation(integer(rs, DOMAIN_COLUMNS[i] + "_rank"),
					integer(rs, DOMAIN_COLUMNS[i] + "_decile"));
		}
		Integer[] d = new Integer[DENOMINATOR_COLUMNS.length];
		for (int i = 0; i < d.length; i++) {
			d[i] = integer(rs, DENOMINATOR_COLUMNS[i]);
		}
		return new LsoaReference(rs.getString("lsoa_code"), rs.getString("lsoa_name"), integer(rs, "population_2019"),
				deprivation[0], deprivation[1], deprivation[2], deprivation[3], deprivation[4], deprivation[5],
				deprivation[6], deprivation[7], new Denominators(d[0], d[1], d[2], d[3], d[4]),
				rs.getString("ruc_2011_code"), rs.getString("ruc_2011_name"));
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

}
