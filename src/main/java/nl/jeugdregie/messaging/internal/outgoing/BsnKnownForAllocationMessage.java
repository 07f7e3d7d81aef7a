package nl.jeugdregie.messaging.internal.outgoing;

import java.util.Optional;
import nl.jeugdregie.intake.ClientsForMessaging.ClientData;
import nl.jeugdregie.messaging.internal.message.Bsn;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * TOEW-7: a JW301 names the client by BSN (it is required in the schema and must pass the eleven-test, CS002). Without
 * a valid one the message waits on the outgoing list ("BSN ontbreekt") until the BSN is recorded and it is tried again.
 */
final class BsnKnownForAllocationMessage implements Policy<ClientData> {

	static final String MISSING = "messaging.outgoing.bsn-missing";
	static final String INVALID = "messaging.outgoing.bsn-invalid";

	@Override
	public Optional<Refusal> check(ClientData client) {
		if (client.bsn() == null) {
			return Optional.of(Refusal.ofWhole(MISSING));
		}
		return Bsn.isValid(client.bsn()) ? Optional.empty() : Optional.of(Refusal.ofWhole(INVALID));
	}
}
