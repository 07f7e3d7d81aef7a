package nl.jeugdregie.audit;

import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/**
 * A client's file as the opening step ({@link ClientFileOpening}) sees it: whose it is, how the audit trail names
 * it (never personal data), and the municipality that holds it, whose trail records every attempt on it.
 */
public interface ClientFile {

	/** The client, or null for a file that does not name its client yet (an arrangement without a young person). */
	@Nullable ClientId client();

	String subject();

	MunicipalityCode municipality();

	/**
	 * A file named only by what the trail needs, for callers whose own record is not a {@code ClientFile} (an
	 * arrangement, the help request crisis care is started for, an entry on the list of children out of school).
	 */
	static ClientFile of(@Nullable ClientId client, String subject, MunicipalityCode municipality) {
		return new Named(client, subject, municipality);
	}

	/** See {@link #of}. */
	record Named(@Nullable ClientId client, String subject, MunicipalityCode municipality) implements ClientFile {}
}
