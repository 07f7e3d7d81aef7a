package nl.jeugdregie.plans.internal.household;

import nl.jeugdregie.plans.HouseholdId;

/** The outcome of opening a household's file; every outcome is audited (an attempt without a reason as a refusal). */
sealed interface HouseholdOpening {

	record Opened(HouseholdFile file) implements HouseholdOpening {}

	/** A case worker of another team may open it only after giving a reason. */
	record ReasonRequired(HouseholdId id, String number) implements HouseholdOpening {}

	record NotFound() implements HouseholdOpening {}

	record Forbidden() implements HouseholdOpening {}
}
