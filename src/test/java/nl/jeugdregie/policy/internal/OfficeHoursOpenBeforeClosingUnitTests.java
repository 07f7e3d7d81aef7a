package nl.jeugdregie.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.identity.Role;
import nl.jeugdregie.policy.NormChangeRefusal;
import nl.jeugdregie.policy.NormKey;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TOE-2, TOE-10: the CJG's office hours open before they close")
class OfficeHoursOpenBeforeClosingUnitTests {

	private final OfficeHoursOpenBeforeClosing rule = new OfficeHoursOpenBeforeClosing();

	@Test
	void allowsAnOpeningHourBeforeTheClosingHour() {
		assertThat(rule.check(change(NormKey.OFFICE_HOURS_OPENING, 8, 17))).isEmpty();
		assertThat(rule.check(change(NormKey.OFFICE_HOURS_CLOSING, 18, 9))).isEmpty();
	}

	@Test
	void refusesOfficeHoursThatOpenAtOrAfterClosing() {
		assertThat(rule.check(change(NormKey.OFFICE_HOURS_OPENING, 17, 17))).map(NormChangeRefusal::of).contains(NormChangeRefusal.OFFICE_HOURS_REVERSED);
		assertThat(rule.check(change(NormKey.OFFICE_HOURS_CLOSING, 8, 9))).map(NormChangeRefusal::of).contains(NormChangeRefusal.OFFICE_HOURS_REVERSED);
	}

	@Test
	void leavesOtherNormsAlone() {
		assertThat(rule.check(change(NormKey.TREATMENT_START_TERM, 2, null))).isEmpty();
	}

	private static ProposedNormChange change(NormKey key, int amount, @Nullable Integer paired) {
		return new ProposedNormChange(Role.ADMINISTRATOR, key, amount, ProposedNormChanges.TODAY.plusDays(1),
				ProposedNormChanges.TODAY, false, paired);
	}
}
