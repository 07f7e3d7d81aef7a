package nl.jeugdregie.steering.internal.financing;

/**
 * STU-7: "we know in advance which budget is available and do not exceed it". A new or changed financing line
 * is refused when it would take the computed total of the assignment above its budget cap. A change that lowers
 * the total is always allowed, even while the total is above the cap, since it moves towards the cap.
 * The Proeftuin Ruwaard budget is kept apart and does not count.
 */
public final class FinancingWithinBudgetCap {

	sealed interface Result {}

	record WithinCap(long newTotalCents, long roomLeftCents) implements Result {}

	/** @param excessCents how far the new total would be above the cap */
	public record OverCap(long newTotalCents, long excessCents) implements Result {}

	/**
	 * @param currentTotalCents the computed total of the assignment's lines now
	 * @param replacedCents the amount of the line being changed, 0 for a new line
	 * @param proposedCents the amount the line would have
	 */
	public Result check(long currentTotalCents, long replacedCents, long proposedCents, long capCents) {
		var newTotal = Math.addExact(Math.subtractExact(currentTotalCents, replacedCents), proposedCents);
		if (newTotal > capCents && newTotal > currentTotalCents) {
			return new OverCap(newTotal, newTotal - capCents);
		}
		return new WithinCap(newTotal, capCents - newTotal);
	}
}
