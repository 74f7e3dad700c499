package org.csphub.incidents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import org.csphub.CspHubIntegrationTest;
import org.csphub.TestDatabaseProfiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk loads on PostgreSQL drop the incident indexes inside the import's transaction and build the
 * same ones again; a failed import gets them back by rolling back. On H2 nothing is dropped.
 */
@CspHubIntegrationTest
class DeferredIndexesIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@TempDir
	Path folder;

	Path file;

	@BeforeEach
	void aLargeFile() throws IOException {
		// Sparse: 400 MB by its size (about 1.7 million rows by the estimate), more than any test table holds.
		file = folder.resolve("rows.csv");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(400L << 20);
		}
	}

	@Test
	void aLargeImportDropsTheSecondaryIndexesAndBuildsTheSameOnesAgain() {
		assumeTrue(TestDatabaseProfiles.postgres(), "PostgreSQL only");
		List<String> before = indexes();
		assertThat(before).anyMatch(d -> d.contains("(ward_code, month_start)"));
		transactions.executeWithoutResult(status -> {
			DeferredIndexes deferred = drop(1);
			assertThat(deferred.deferred()).isTrue();
			assertThat(indexes()).noneMatch(d -> d.contains("(ward_code, month_start)"))
				.anyMatch(d -> d.contains("PRIMARY KEY") || d.contains("incident_pkey"));
			deferred.restore();
		});
		assertThat(indexes()).containsExactlyElementsOf(before);
	}

	@Test
	void aFailedImportGetsItsIndexesBackFromTheRollback() {
		assumeTrue(TestDatabaseProfiles.postgres(), "PostgreSQL only");
		List<String> before = indexes();
		transactions.executeWithoutResult(status -> {
			assertThat(drop(1).deferred()).isTrue();
			status.setRollbackOnly();
		});
		assertThat(indexes()).containsExactlyElementsOf(before);
	}

	@Test
	void smallImportsAndH2KeepTheirIndexes() {
		List<String> before = indexes();
		transactions.executeWithoutResult(status -> {
			assertThat(drop(Long.MAX_VALUE).deferred()).isFalse();
		});
		assertThat(indexes()).containsExactlyElementsOf(before);
		if (!TestDatabaseProfiles.postgres()) {
			transactions.executeWithoutResult(status -> assertThat(drop(1).deferred()).isFalse());
		}
	}

	private DeferredIndexes drop(long minimumRows) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return DeferredIndexes.dropIfLarge(jdbc, connection, List.of(folder), minimumRows);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> indexes() {
		if (!TestDatabaseProfiles.postgres()) {
			return jdbc.sql("select index_name from information_schema.indexes where table_name = 'incident' order by index_name")
				.query(String.class)
				.list();
		}
		return jdbc.sql("select indexdef from pg_indexes where tablename = 'incident' and schemaname = current_schema() order by indexname")
			.query(String.class)
			.list();
	}

}
