package nl.jeugdregie.schools;

/**
 * OND-1, OND-3: the municipality's connection figures as the council letter gives them (47 locations, 12 "extra" of
 * which 11 realised, 35 "basis"). Counts of locations, not of people: published exactly (ADR 0028).
 */
public record ConnectionFigures(int locations, int extra, int extraRealised, int basis) {

	public ConnectionFigures {
		if (extraRealised > extra || extra + basis != locations) {
			throw new IllegalArgumentException("Connection figures add up: extra + basis = locations, realised <= extra");
		}
	}
}
