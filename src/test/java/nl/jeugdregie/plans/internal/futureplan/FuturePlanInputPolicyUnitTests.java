package nl.jeugdregie.plans.internal.futureplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PLAN-4: a life domain says what is needed and who does what; a key date has a kind, date and description. */
class FuturePlanInputPolicyUnitTests {

	@Test
	@DisplayName("PLAN-4: refuses a life domain without who does what, from the network or formal support")
	void refusesALifeDomainWithoutWhoDoesWhat() {
		var refusals = FuturePlanInputPolicy.check(new FutureCommands.DomainEntry(FutureDomain.HOUSING,
				"Woont bij moeder", "Een eigen kamer", " ", null));

		assertThat(refusals).extracting(Refusal::code).containsExactly("plans.future.whoDoesWhat.required");
	}

	@Test
	void acceptsALifeDomainWithOnlyTheNetworkOrOnlyFormalSupport() {
		assertThat(FuturePlanInputPolicy.check(new FutureCommands.DomainEntry(FutureDomain.HOUSING, "Nu", "Nodig",
				"Oom Karim", null))).isEmpty();
		assertThat(FuturePlanInputPolicy.check(new FutureCommands.DomainEntry(FutureDomain.CARE, "Nu", "Nodig", null,
				"Wmo-consulent"))).isEmpty();
	}

	@Test
	void namesEachMissingFieldOfALifeDomain() {
		assertThat(FuturePlanInputPolicy.check(new FutureCommands.DomainEntry(null, null, null, "x", null)))
				.extracting(Refusal::field).containsExactly("domain", "currentSituation", "needed");
	}

	@Test
	void refusesAnIncompleteKeyDate() {
		assertThat(FuturePlanInputPolicy.check(new FutureCommands.NewKeyDate(null, null, "")))
				.extracting(Refusal::field).containsExactly("dateKind", "dateOn", "dateDescription");
		assertThat(FuturePlanInputPolicy.check(new FutureCommands.NewKeyDate(FutureDateKind.END_OF_YOUTH_CARE,
				LocalDate.of(2027, 1, 10), "Jeugdhulp stopt"))).isEmpty();
	}

	@Test
	void requiresTheYoungPersonOfANewPlan() {
		assertThat(FuturePlanInputPolicy.check(new FutureCommands.NewFuturePlan(null, "Zelfstandig wonen")))
				.extracting(Refusal::code).containsExactly("plans.future.youngPerson.required");
	}
}
