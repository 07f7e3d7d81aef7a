package nl.jeugdregie.identity.internal.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.RefusalTexts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Issue 14: the municipality keeps an administrator; nobody deactivates their own account")
class AdministratorRemainsPolicyUnitTests {

	private static final RefusalTexts TEXTS = RefusalTexts.of("messages");

	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	static ManagedUser administrator(String username) {
		return new ManagedUser(username, "Beheerder", "b@oss.nl", Role.ADMINISTRATOR, new MunicipalityCode("0828"), null,
				null, Set.of(), null, null, true, false, 3);
	}

	@Test
	void refusesDeactivatingTheLastActiveAdministrator() {
		assertThat(AdministratorRemainsPolicy.check("iemand", administrator("laatste"), null, 0, TODAY)).singleElement()
				.extracting(TEXTS::text).asString().startsWith("Dit is de laatste applicatiebeheerder");
	}

	@Test
	void refusesGivingTheLastAdministratorAnotherRoleOrAnEndInThePast() {
		var user = administrator("laatste");
		var otherRole = new UserDetails("B", "b@oss.nl", Role.POLICY_OFFICER, null, Set.of(), null, null);
		var ended = new UserDetails("B", "b@oss.nl", Role.ADMINISTRATOR, null, Set.of(), null, TODAY.minusDays(1));
		assertThat(AdministratorRemainsPolicy.check("iemand", user, otherRole, 0, TODAY)).hasSize(1);
		assertThat(AdministratorRemainsPolicy.check("iemand", user, ended, 0, TODAY)).hasSize(1);
	}

	@Test
	void refusesDeactivatingOnesOwnAccountEvenWithOtherAdministrators() {
		assertThat(AdministratorRemainsPolicy.check("zelf", administrator("zelf"), null, 2, TODAY)).singleElement()
				.extracting(TEXTS::text).asString().contains("eigen account");
	}

	@Test
	void allowsDeactivatingAnAdministratorWhenAnotherRemains() {
		assertThat(AdministratorRemainsPolicy.check("iemand", administrator("ander"), null, 1, TODAY)).isEmpty();
	}

	@Test
	void allowsKeepingTheAdministratorRole() {
		var same = new UserDetails("Nieuwe naam", "b@oss.nl", Role.ADMINISTRATOR, null, Set.of(), null, null);
		assertThat(AdministratorRemainsPolicy.check("zelf", administrator("zelf"), same, 0, TODAY)).isEmpty();
	}
}
