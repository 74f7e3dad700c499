package org.csphub;

import java.util.Locale;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the test database from the {@code csphub.test.db} system property: {@code h2} (the
 * default, in memory) or {@code postgres} (the server on 127.0.0.1:5432).
 */
public class TestDatabaseProfiles implements ActiveProfilesResolver {

	public static String database() {
		String db = System.getProperty("csphub.test.db", "h2").trim().toLowerCase(Locale.ROOT);
		if (!db.equals("h2") && !db.equals("postgres")) {
			throw new IllegalStateException("csphub.test.db must be h2 or postgres, not " + db);
		}
		return db;
	}

	public static boolean postgres() {
		return database().equals("postgres");
	}

	@Override
	public String[] resolve(Class<?> testClass) {
		return new String[] { "test", "test-" + database() };
	}

}
