package nl.jeugdregie.schools.internal.outofschool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("OND-7: an entry on the list of children out of school is complete and links only a known help request")
class OutOfSchoolPolicyUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	private static final UUID KNOWN = UUID.randomUUID();

	private static OutOfSchoolDraft draft(LocalDate since, UUID helpRequest) {
		return new OutOfSchoolDraft("Daan", "Test", LocalDate.of(2012, 3, 1), since, ReasonCategory.ILLNESS, null,
				"Gesprek met ouders", helpRequest);
	}

	@Test
	void acceptsACompleteEntry() {
		assertThat(OutOfSchoolPolicy.check(draft(TODAY.minusDays(10), KNOWN), TODAY, KNOWN::equals)).isEmpty();
		assertThat(OutOfSchoolPolicy.check(draft(TODAY, null), TODAY, id -> false)).isEmpty();
	}

	@Test
	void refusesADateInTheFutureAndAnUnknownHelpRequestAlike() {
		assertThat(OutOfSchoolPolicy.check(draft(TODAY.plusDays(1), UUID.randomUUID()), TODAY, KNOWN::equals))
				.containsExactly(Refusal.of("since", "schools.out.since.future"),
						Refusal.of("helpRequest", "schools.out.help.request.unknown"));
	}

	@Test
	void namesEveryMissingField() {
		var empty = new OutOfSchoolDraft(null, null, null, null, null, null, null, null);
		assertThat(OutOfSchoolPolicy.check(empty, TODAY, id -> true)).extracting(Refusal::field)
				.containsExactly("givenName", "dateOfBirth", "since", "reason", "nextStep");
	}

	@Test
	void hidesPersonalDataInLogs() {
		assertThat(draft(TODAY, null).toString()).doesNotContain("Daan");
	}
}
