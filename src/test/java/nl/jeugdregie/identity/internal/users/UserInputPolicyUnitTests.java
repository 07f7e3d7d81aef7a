package nl.jeugdregie.identity.internal.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.result.RefusalTexts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Issue 14: a user has a username, name, e-mail, one role, a team for case-worker roles and expertise only there")
class UserInputPolicyUnitTests {

	private static final RefusalTexts TEXTS = RefusalTexts.of("messages");

	static final TeamId TEAM = TeamId.random();

	static UserDetails details(Role role, TeamId team, Set<Expertise> expertise) {
		return new UserDetails("Sanne de Vries", "sanne@oss.nl", role, team, expertise, null, null);
	}

	@Test
	void acceptsAYouthProfessionalWithTeamAndExpertise() {
		assertThat(UserInputPolicy.check(details(Role.YOUTH_PROFESSIONAL, TEAM, Set.of(Expertise.SAFETY)), Set.of(TEAM)))
				.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sanne", "s.de-vries_2", "abc" })
	void acceptsUsernamesOfLowerCaseLettersDigitsDotsAndDashes(String username) {
		assertThat(UserInputPolicy.checkUsername(username)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "ab", "Sanne", "sanne de vries", "sanne@oss" })
	void refusesOtherUsernames(String username) {
		assertThat(UserInputPolicy.checkUsername(username)).extracting(Refusal::field).containsExactly("username");
	}

	@Test
	void refusesAMissingNameAndAnInvalidEmail() {
		var problems = UserInputPolicy.check(new UserDetails(" ", "geen-adres", Role.POLICY_OFFICER, null, Set.of(), null, null),
				Set.of());
		assertThat(problems).extracting(Refusal::field).containsExactly("displayName", "email");
	}

	@Test
	void refusesAMissingRole() {
		assertThat(UserInputPolicy.check(new UserDetails("A", "a@b.nl", null, null, Set.of(), null, null), Set.of()))
				.extracting(TEXTS::text).containsExactly("Kies een rol.");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "YOUTH_PROFESSIONAL", "TEAM_LEAD", "BEHAVIOURAL_EXPERT" })
	void requiresAnActiveTeamOfTheMunicipalityForCaseWorkerRoles(Role role) {
		assertThat(UserInputPolicy.check(details(role, null, Set.of()), Set.of(TEAM))).extracting(Refusal::field)
				.containsExactly("team");
		assertThat(UserInputPolicy.check(details(role, TeamId.random(), Set.of()), Set.of(TEAM)))
				.extracting(TEXTS::text).containsExactly("Kies een actief team van uw gemeente.");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "POLICY_OFFICER", "PROVIDER", "ADMINISTRATOR" })
	void refusesATeamAndExpertiseForOtherRoles(Role role) {
		assertThat(UserInputPolicy.check(details(role, TEAM, Set.of(Expertise.SAFETY)), Set.of(TEAM)))
				.extracting(Refusal::field).containsExactly("team", "expertise");
	}
}
