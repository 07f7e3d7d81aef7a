package nl.jeugdregie.signin.internal.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.signin.internal.tokens.NewApiToken.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Issue 19 item 5: a token is issued for a named account and says what it is for")
class NewApiTokenUnitTests {

	@Test
	void acceptsAnAccountAndAPurpose() {
		var wish = new NewApiToken(" koppeling ", " Zaaksysteem ", null);

		assertThat(wish.problems()).isEmpty();
		assertThat(wish.account()).isEqualTo("koppeling");
		assertThat(wish.purpose()).isEqualTo("Zaaksysteem");
	}

	@Test
	void namesEachMissingField() {
		assertThat(new NewApiToken(null, " ", 5).problems()).extracting(Problem::field)
				.containsExactly("username", "description");
		assertThat(new NewApiToken("koppeling", null, 5).problems()).extracting(Problem::field)
				.containsExactly("description");
	}

	@Test
	void refusesAPurposeLongerThanTwoHundredCharacters() {
		assertThat(new NewApiToken("koppeling", "x".repeat(200), null).problems()).isEmpty();
		assertThat(new NewApiToken("koppeling", "x".repeat(201), null).problems()).extracting(Problem::message)
				.containsExactly("Schrijf in hoogstens 200 tekens waarvoor de sleutel is.");
	}
}
