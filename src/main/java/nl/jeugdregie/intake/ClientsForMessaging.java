package nl.jeugdregie.intake;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/**
 * TOEW-7: the client's personal data an outgoing iJw message (JW301) must carry, and nothing more: BSN, date of birth
 * and name, for one help request of the municipality. Only iJw messaging reads it; it never logs it.
 */
public interface ClientsForMessaging {

	/**
	 * The young person of a help request as iJw names them.
	 *
	 * @param bsn the BSN when the request has one; {@code null} while it is missing (the JW301 then waits)
	 */
	record ClientData(@Nullable String bsn, LocalDate birthDate, String givenName, String familyName) {

		@Override
		public String toString() {
			return "ClientData[***]";
		}
	}

	/** The client of a help request of {@code municipality}; empty for an unknown request or another municipality's. */
	Optional<ClientData> client(MunicipalityCode municipality, HelpRequestId helpRequest);
}
