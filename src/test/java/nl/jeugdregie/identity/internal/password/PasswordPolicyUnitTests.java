package nl.jeugdregie.identity.internal.password;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.platform.web.Problems.FieldProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Issue 14: a chosen password has at least 12 characters and is not a common one")
class PasswordPolicyUnitTests {

	@Test
	void acceptsALongPassphrase() {
		assertThat(PasswordPolicy.check("sanne", "fietsen langs de maas", "fietsen langs de maas")).isEmpty();
	}

	@Test
	void refusesFewerThanTwelveCharacters() {
		assertThat(PasswordPolicy.check("sanne", "kort-en-fijn", "kort-en-fijn")).isEmpty();
		assertThat(PasswordPolicy.check("sanne", "elf-tekens!", "elf-tekens!")).extracting(FieldProblem::message)
				.singleElement().asString().startsWith("Gebruik minstens 12 tekens.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "qwerty123456", "QWERTY123456", "1qaz2wsx3edc", "123456654321" })
	void refusesPasswordsOnTheBundledListWhateverTheirCapitals(String common) {
		assertThat(PasswordPolicy.check("sanne", common, common)).extracting(FieldProblem::message).singleElement()
				.asString().startsWith("Dit wachtwoord wordt veel gebruikt");
	}

	@Test
	void bundlesAtLeastTheThousandMostCommonPasswords() {
		assertThat(CommonPasswords.size()).isGreaterThanOrEqualTo(1000);
		assertThat(CommonPasswords.contains("password")).isTrue();
	}

	@Test
	void refusesAPasswordHoldingTheUsername() {
		assertThat(PasswordPolicy.check("sanne.devries", "ikbensanne.devries!", "ikbensanne.devries!"))
				.extracting(FieldProblem::field).containsExactly("newPassword");
	}

	@Test
	void refusesADifferentRepetitionOrNothing() {
		assertThat(PasswordPolicy.check("sanne", "fietsen langs de maas", "fietsen langs de Maas"))
				.extracting(FieldProblem::field).containsExactly("repeatedPassword");
		assertThat(PasswordPolicy.check("sanne", null, null)).extracting(FieldProblem::field).containsExactly("newPassword");
	}
}
