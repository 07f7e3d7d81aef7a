package nl.jeugdregie.plans.internal.socialwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PLAN-8, PLAN-9: registration of an adult, the clarification with steun en leun's rhythm, contacts, closure. */
class SocialWorkInputPolicyUnitTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	@Test
	@DisplayName("PLAN-8: refuses to register a resident younger than 18 on the registration date")
	void refusesAMinor() {
		var refusals = SocialWorkInputPolicy.check(new SocialWorkCommands.NewTrajectory("Sam", LocalDate.of(2008, 11, 17),
				"Schulden", TODAY), TODAY);

		assertThat(refusals).extracting(Refusal::code).containsExactly("socialwork.residentDateOfBirth.minor");
		assertThat(SocialWorkInputPolicy.check(new SocialWorkCommands.NewTrajectory("Sam", LocalDate.of(2008, 11, 16),
				"Schulden", TODAY), TODAY)).isEmpty();
	}

	@Test
	@DisplayName("PLAN-8: refuses a registration date in the future")
	void refusesARegistrationInTheFuture() {
		assertThat(SocialWorkInputPolicy.check(new SocialWorkCommands.NewTrajectory("Ria", LocalDate.of(1960, 1, 1),
				"Eenzaam", TODAY.plusDays(1)), TODAY))
				.extracting(Refusal::code).containsExactly("socialwork.date.future");
	}

	@Test
	void namesEachMissingRegistrationField() {
		assertThat(SocialWorkInputPolicy.check(new SocialWorkCommands.NewTrajectory(null, null, " ", null), TODAY))
				.extracting(Refusal::field)
				.containsExactly("residentName", "residentDateOfBirth", "question", "registeredOn");
	}

	@Test
	@DisplayName("PLAN-9: steun en leun needs a contact rhythm of 1 to 26 weeks; a regular trajectory does not")
	void requiresTheRhythmOfSteunEnLeun() {
		assertThat(SocialWorkInputPolicy.check(new SocialWorkCommands.Clarified(TODAY, "Vraag", TrajectoryKind.SUPPORT_AND_LEAN, null)))
				.extracting(Refusal::code).containsExactly("socialwork.rhythm.required");
		assertThat(SocialWorkInputPolicy.check(new SocialWorkCommands.Clarified(TODAY, "Vraag", TrajectoryKind.SUPPORT_AND_LEAN, 27)))
				.extracting(Refusal::code).containsExactly("socialwork.rhythm.range");
		assertThat(SocialWorkInputPolicy.check(new SocialWorkCommands.Clarified(TODAY, "Vraag", TrajectoryKind.SUPPORT_AND_LEAN, 8)))
				.isEmpty();
		assertThat(SocialWorkInputPolicy.check(new SocialWorkCommands.Clarified(TODAY, "Vraag", TrajectoryKind.REGULAR, null)))
				.isEmpty();
	}

	@Test
	@DisplayName("PLAN-8: closure needs the exit route")
	void requiresTheExitRouteAtClosure() {
		assertThat(SocialWorkInputPolicy.check(new SocialWorkCommands.Closure(TODAY, null)))
				.extracting(Refusal::code).containsExactly("socialwork.exitRoute.required");
	}

	@Test
	void refusesAClarificationConversationAsAnOrdinaryContact() {
		assertThat(SocialWorkInputPolicy.check(new SocialWorkCommands.NewContact(ContactKind.CLARIFICATION, TODAY,
				ContactInitiator.RESIDENT, "Belde zelf")))
				.extracting(Refusal::field).containsExactly("contactKind");
	}
}
