package nl.jeugdregie.identity.internal.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Issue 14: one-time passwords are long, random and without look-alike characters")
class InitialPasswordsUnitTests {

	@Test
	void makesSixteenCharactersInFourGroupsWithoutLookAlikes() {
		var seen = new HashSet<String>();
		for (var i = 0; i < 200; i++) {
			var password = InitialPasswords.next();
			assertThat(password).matches("([a-zA-Z2-9]{4}-){3}[a-zA-Z2-9]{4}").doesNotContain("0", "O", "1", "l", "I");
			seen.add(password);
		}
		assertThat(seen).hasSize(200);
	}
}
