package nl.jeugdregie.identity.internal.users;

import java.security.SecureRandom;

/**
 * Issue 14: one-time passwords for new accounts, such as {@code k7Qm-pX4t-Hn9w-2bRe}: 16 random characters without
 * look-alikes (0/O, 1/l/I), about 90 bits. Shown once to the administrator, stored only as a hash, to be replaced by
 * the user at the first login.
 */
public final class InitialPasswords {

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	private InitialPasswords() {}

	public static String next() {
		var password = new StringBuilder(19);
		for (var i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}
