package nl.jeugdregie.monitoring.internal.disclosure;

/**
 * The public perturbation table of the cell key method (SEC-2, ADR 0021): which count is published for a true
 * count and a cell key in [0, 1). The table is no secret; the key is.
 * <ul>
 * <li>0 stays 0.</li>
 * <li>1 to 4 become 0: a count of 1 to 4 is never published.</li>
 * <li>5 becomes 0, 5, 6 or 7.</li>
 * <li>6 or more moves by at most {@value #MAX_NOISE} (mostly 0 or 1), never into 1 to 4.</li>
 * </ul>
 * So a published 0 means 0 to 5, a published 5 means 5 to 7, a published 6 means 5 to 8 and a published
 * n of 7 or more means n - 2 to n + 2: every true count of 1 to 4 lies strictly inside what its published figure
 * allows, which is what keeps differencing from pinning it down (ADR 0021).
 */
public final class PerturbationTable {

	/** The largest change of a count of 6 or more. */
	public static final int MAX_NOISE = 2;

	/** Counts up to this are small: never published as such. */
	public static final int SMALL = 4;

	/** A published 0 can stand for a true count up to this. */
	public static final int ZERO_STANDS_FOR_UP_TO = 5;

	/** Cumulative probabilities of the change -2, -1, 0, +1 (the rest is +2) for a count of 6 or more. */
	private static final double[] NOISE = { 0.05, 0.25, 0.75, 0.95 };

	/** Cumulative probabilities of publishing 0, 5 and 6 (the rest is 7) for a true count of 5. */
	private static final double[] FIVE = { 0.2, 0.7, 0.95 };

	private PerturbationTable() {}

	/** The published count for a true count and its cell key. */
	public static long publish(long count, double cellKey) {
		if (count < 0 || cellKey < 0 || cellKey >= 1) {
			throw new IllegalArgumentException("A count is not negative and a cell key lies in [0, 1)");
		}
		if (count <= SMALL) {
			return 0;
		}
		if (count == ZERO_STANDS_FOR_UP_TO) {
			return cellKey < FIVE[0] ? 0 : cellKey < FIVE[1] ? 5 : cellKey < FIVE[2] ? 6 : 7;
		}
		var published = count + change(cellKey);
		return published <= SMALL ? SMALL + 1 : published;
	}

	/** The change of a large count or a sum for a cell key: -2 to +2, mostly 0. */
	public static int change(double cellKey) {
		for (var i = 0; i < NOISE.length; i++) {
			if (cellKey < NOISE[i]) {
				return i - MAX_NOISE;
			}
		}
		return MAX_NOISE;
	}

	/** The lowest true count that can give this published count. */
	public static long lowestTrueCount(long published) {
		return published == 0 ? 0 : Math.max(ZERO_STANDS_FOR_UP_TO, published - MAX_NOISE);
	}

	/** The highest true count that can give this published count. */
	public static long highestTrueCount(long published) {
		return published == 0 ? ZERO_STANDS_FOR_UP_TO : published + MAX_NOISE;
	}
}
