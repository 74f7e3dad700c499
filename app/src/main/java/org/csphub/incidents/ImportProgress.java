package org.csphub.incidents;

/** Told how far an import has got, every few thousand rows and at the end of each file. */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (file, rows) -> {
	};

	void rowsProcessed(String file, long rowsSoFar);

}
