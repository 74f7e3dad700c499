package org.csphub.shared;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this installation is the zero-set-up demo. The demo, with its invented people and their
 * well-known passwords, runs only on the embedded H2 database and only when
 * {@code csphub.demo.enabled} is true: it can never appear in a production (PostgreSQL) install.
 */
@Component
public class DeploymentMode {

	private final boolean demo;

	private final String databaseProduct;

	DeploymentMode(DataSource dataSource, @Value("${csphub.demo.enabled:false}") boolean demoEnabled) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			this.databaseProduct = connection.getMetaData().getDatabaseProductName();
		}
		this.demo = decideDemo(demoEnabled, databaseProduct);
	}

	/** The rule: demo only when asked for and the database is the embedded H2. */
	public static boolean decideDemo(boolean demoEnabled, String databaseProduct) {
		return demoEnabled && "H2".equalsIgnoreCase(databaseProduct);
	}

	public boolean isDemo() {
		return demo;
	}

	public String databaseProduct() {
		return databaseProduct;
	}

}
