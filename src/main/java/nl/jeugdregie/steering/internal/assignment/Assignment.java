package nl.jeugdregie.steering.internal.assignment;

/** The municipality's assignment (opdracht) to its welfare provider for one year; a subsidy (STU-7). */
public record Assignment(long id, String municipalityCode, int year, String providerName, String title,
		String source, long budgetCapCents) {

	public String budgetCapText() {
		return Amounts.euro(budgetCapCents);
	}
}
