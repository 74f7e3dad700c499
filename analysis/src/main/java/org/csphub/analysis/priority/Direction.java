package org.csphub.analysis.priority;

/** Which way an indicator points. */
public enum Direction {

	/** A higher value is worse: crime rate, ASB rate, a rising trend, repeat concentration. */
	HIGHER_IS_WORSE,

	/**
	 * A lower value is worse: the IMD rank (1 = most deprived in England), so it is inverted before it
	 * counts towards priority.
	 */
	LOWER_IS_WORSE

}
