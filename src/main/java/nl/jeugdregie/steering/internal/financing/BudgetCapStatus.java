package nl.jeugdregie.steering.internal.financing;

import nl.jeugdregie.steering.internal.assignment.Amounts;

/** The computed total against the budget cap of the assignment (STU-7). */
public record BudgetCapStatus(long capCents, long totalCents) {

	public long roomCents() {
		return capCents - totalCents;
	}

	public boolean overCap() {
		return totalCents > capCents;
	}

	public String capText() {
		return Amounts.euro(capCents);
	}

	public String roomText() {
		return Amounts.euro(Math.abs(roomCents()));
	}
}
