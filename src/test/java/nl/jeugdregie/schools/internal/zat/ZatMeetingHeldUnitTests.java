package nl.jeugdregie.schools.internal.zat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("OND-4: a ZAT meeting is recorded after it was held, with whether the OCP took part")
class ZatMeetingHeldUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	@Test
	void refusesAMeetingInTheFutureOrWithoutParticipation() {
		assertThat(ZatMeetingHeld.check(new ZatDraft(TODAY.plusDays(1), true), TODAY))
				.containsExactly(Refusal.of("heldOn", "schools.zat.date.future"));
		assertThat(ZatMeetingHeld.check(new ZatDraft(null, null), TODAY)).extracting(Refusal::code)
				.containsExactly("schools.zat.date.required", "schools.zat.participation.required");
		assertThat(ZatMeetingHeld.check(new ZatDraft(TODAY, false), TODAY)).isEmpty();
	}
}
