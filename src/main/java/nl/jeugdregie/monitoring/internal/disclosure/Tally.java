package nl.jeugdregie.monitoring.internal.disclosure;

/**
 * A true count of records (help requests, scores, plan evaluations) with the sum of their record keys (SEC-2,
 * ADR 0021). Record keys add up, so the tally of a union of disjoint groups is the sum of their tallies and the
 * tally of a group without a sub-group is the difference: the same records always give the same tally, however
 * the figure was put together.
 *
 * @param count how many records
 * @param key the sum of their record keys ({@code monitoring_record_key} in SQL), not yet reduced
 */
public record Tally(long count, long key) {

	public static final Tally NONE = new Tally(0, 0);

	public Tally {
		if (count < 0) {
			throw new IllegalArgumentException("A count is never negative");
		}
	}

	public Tally plus(Tally other) {
		return new Tally(count + other.count, key + other.key);
	}

	/** The records of this tally that are not in {@code part}, which must be a sub-group of it. */
	public Tally minus(Tally part) {
		return new Tally(count - part.count, key - part.key);
	}
}
