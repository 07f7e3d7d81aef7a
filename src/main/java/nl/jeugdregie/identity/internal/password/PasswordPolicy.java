package nl.jeugdregie.identity.internal.password;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.jeugdregie.platform.web.Problems.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Issue 14: a password the user chooses has at least {@value #MIN_LENGTH} characters, is not on the bundled list of
 * common passwords, does not contain the username, and is typed the same twice. Length, not forced character
 * classes, as the NCSC advises.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;
	static final int MAX_LENGTH = 128;

	private PasswordPolicy() {}

	static List<FieldProblem> check(String username, @Nullable String password, @Nullable String repeated) {
		var problems = new ArrayList<FieldProblem>();
		if (password == null || password.isEmpty()) {
			problems.add(new FieldProblem("newPassword", "Vul een nieuw wachtwoord in."));
			return problems;
		}
		if (password.length() < MIN_LENGTH) {
			problems.add(new FieldProblem("newPassword", "Gebruik minstens " + MIN_LENGTH + " tekens. Een zin van een paar "
					+ "woorden is makkelijk te onthouden en moeilijk te raden."));
		}
		else if (password.length() > MAX_LENGTH) {
			problems.add(new FieldProblem("newPassword", "Gebruik hoogstens " + MAX_LENGTH + " tekens."));
		}
		else if (CommonPasswords.contains(password)) {
			problems.add(new FieldProblem("newPassword", "Dit wachtwoord wordt veel gebruikt en is makkelijk te raden. "
					+ "Kies een ander wachtwoord."));
		}
		else if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			problems.add(new FieldProblem("newPassword", "Gebruik uw gebruikersnaam niet in uw wachtwoord."));
		}
		if (repeated == null || !repeated.equals(password)) {
			problems.add(new FieldProblem("repeatedPassword", "Typ hetzelfde nieuwe wachtwoord nog een keer."));
		}
		return problems;
	}
}
