package nl.jeugdregie.signin.internal.secondfactor;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals TOTP secrets with AES-256-GCM before they are stored (ADR 0040): a random 96-bit nonce, then the ciphertext
 * with its tag. The username is the additional data, so a sealed secret copied to another account does not open.
 */
final class SecretSealing {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;
	private final SecretKeySpec key;

	SecretSealing(byte[] key) {
		if (key.length != 32) {
			throw new IllegalArgumentException("AES-256 needs a 32-byte key");
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	static SecretSealing fromBase64(String key) {
		return new SecretSealing(Base64.getDecoder().decode(key.strip()));
	}

	static byte[] newKey() {
		var key = new byte[32];
		RANDOM.nextBytes(key);
		return key;
	}

	byte[] seal(SecondFactorSecret secret, String username) {
		try {
			var nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			var cipher = cipher(Cipher.ENCRYPT_MODE, nonce, username);
			var sealed = cipher.doFinal(secret.bytes());
			return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is part of every JDK", e);
		}
	}

	SecondFactorSecret open(byte[] sealed, String username) {
		try {
			var nonce = java.util.Arrays.copyOf(sealed, NONCE_BYTES);
			var cipher = cipher(Cipher.DECRYPT_MODE, nonce, username);
			return new SecondFactorSecret(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("A stored second-factor secret does not open with the configured key", e);
		}
	}

	private Cipher cipher(int mode, byte[] nonce, String username) throws GeneralSecurityException {
		var cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(username.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return cipher;
	}
}
