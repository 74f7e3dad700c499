package org.csphub.assessment.internal;

import java.util.function.Supplier;

/**
 * Runs the named steps of a computation (loading a query's results, building a section), so that a
 * benchmark can time each one. {@link #NONE} just runs them.
 */
interface Steps {

	Steps NONE = new Steps() {
		@Override
		public <T> T run(String step, Supplier<T> work) {
			return work.get();
		}
	};

	<T> T run(String step, Supplier<T> work);

}
