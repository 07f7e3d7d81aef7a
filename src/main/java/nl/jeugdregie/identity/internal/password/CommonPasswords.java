package nl.jeugdregie.identity.internal.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The bundled list of common passwords ({@code identity/common-passwords.txt}: the 1,000 most used passwords and
 * every one of 12 or more characters from zxcvbn's ranked list). Loaded once; compared case-insensitively.
 */
final class CommonPasswords {

	private static final String RESOURCE = "/identity/common-passwords.txt";
	private static final Set<String> PASSWORDS = load();

	private CommonPasswords() {}

	static boolean contains(String password) {
		return PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
	}

	static int size() {
		return PASSWORDS.size();
	}

	private static Set<String> load() {
		var stream = CommonPasswords.class.getResourceAsStream(RESOURCE);
		if (stream == null) {
			throw new IllegalStateException("The list of common passwords is missing: " + RESOURCE);
		}
		var passwords = new HashSet<String>();
		try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
					.forEach(line -> passwords.add(line.strip().toLowerCase(Locale.ROOT)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Set.copyOf(passwords);
	}
}
