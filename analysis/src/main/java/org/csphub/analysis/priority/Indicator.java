package org.csphub.analysis.priority;

import java.util.Objects;

/**
 * One indicator of a priority index: its name (the key of the values), which way it points, how it is
 * normalised and its weight.
 *
 * @param name the indicator's name, e.g. "crime rate per 1,000"
 * @param direction whether higher or lower values are worse
 * @param normalisation how raw values are scaled
 * @param weight its weight, positive and finite; weights need not sum to 1
 */
public record Indicator(String name, Direction direction, Normalisation normalisation, double weight) {

	public Indicator {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(direction, "direction");
		Objects.requireNonNull(normalisation, "normalisation");
		if (!(weight > 0) || Double.isInfinite(weight)) {
			throw new IllegalArgumentException("the weight of " + name + " must be positive and finite, not " + weight);
		}
	}

}
