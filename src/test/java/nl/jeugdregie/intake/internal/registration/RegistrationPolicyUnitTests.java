package nl.jeugdregie.intake.internal.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.Test;

/** TOE-1 (young people aged 0 to 23) and TOE-3 (who brought the request) at registration. */
class RegistrationPolicyUnitTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	static RegisterHelpRequest valid(LocalDate dateOfBirth) {
		return new RegisterHelpRequest("Sem", "de Jong", dateOfBirth, "123456782", "Anna de Jong", "moeder",
				Channel.PHONE, Referrer.SCHOOL, "Zorgen over gedrag op school.");
	}

	@Test
	void acceptsAYoungPersonFromBirthUpToAndIncludingTwentyThree() {
		assertThat(RegistrationPolicy.check(valid(TODAY), TODAY)).isEmpty();
		assertThat(RegistrationPolicy.check(valid(TODAY.minusYears(24).plusDays(1)), TODAY)).isEmpty();
	}

	@Test
	void refusesAYoungPersonOfTwentyFourOrOlder() {
		assertThat(RegistrationPolicy.check(valid(TODAY.minusYears(24)), TODAY))
				.extracting(Refusal::field, Refusal::code)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("dateOfBirth", "intake.dateOfBirth.tooOld"));
	}

	@Test
	void refusesADateOfBirthInTheFuture() {
		assertThat(RegistrationPolicy.check(valid(TODAY.plusDays(1)), TODAY))
				.extracting(Refusal::code).containsExactly("intake.dateOfBirth.future");
	}

	@Test
	void refusesABsnFailingTheElevenTestButAcceptsNone() {
		var withWrongBsn = new RegisterHelpRequest("Sem", "de Jong", TODAY.minusYears(8), "123456789", null, null,
				Channel.PHONE, Referrer.PARENT, "Vraag");
		var withoutBsn = new RegisterHelpRequest("Sem", "de Jong", TODAY.minusYears(8), " ", null, null,
				Channel.PHONE, Referrer.PARENT, "Vraag");

		assertThat(RegistrationPolicy.check(withWrongBsn, TODAY)).extracting(Refusal::code)
				.containsExactly("intake.bsn.invalid");
		assertThat(RegistrationPolicy.check(withoutBsn, TODAY)).isEmpty();
	}

	@Test
	void requiresNamesDateOfBirthChannelWhoBroughtItAndTheQuestion() {
		var empty = new RegisterHelpRequest(null, " ", null, null, null, null, null, null, "");

		assertThat(RegistrationPolicy.check(empty, TODAY)).extracting(Refusal::field)
				.containsExactlyInAnyOrder("givenName", "familyName", "dateOfBirth", "channel", "referrer", "question");
	}

	@Test
	void refusesOverLongTextAndACarerWithoutRelation() {
		var request = new RegisterHelpRequest("Sem", "de Jong", TODAY.minusYears(8), null, "Anna de Jong", null,
				Channel.PHONE, Referrer.PARENT, "x".repeat(RegistrationPolicy.MAX_QUESTION + 1));

		assertThat(RegistrationPolicy.check(request, TODAY)).extracting(Refusal::field, Refusal::code)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("carerRelation", "intake.carerRelation.required"),
						org.assertj.core.groups.Tuple.tuple("question", "intake.text.tooLong"));
	}
}
