package nl.jeugdregie.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.identity.Role;
import nl.jeugdregie.policy.NormChangeRefusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("BEY-2: only the application administrator changes norms")
class NormChangedByAdministratorOnlyUnitTests {

	private final NormChangedByAdministratorOnly rule = new NormChangedByAdministratorOnly();

	@Test
	void allowsTheAdministrator() {
		assertThat(rule.check(ProposedNormChanges.by(Role.ADMINISTRATOR))).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = "ADMINISTRATOR", mode = EnumSource.Mode.EXCLUDE)
	void refusesEveryOtherRole(Role role) {
		assertThat(rule.check(ProposedNormChanges.by(role))).map(NormChangeRefusal::of).contains(NormChangeRefusal.NOT_ADMINISTRATOR);
	}
}
