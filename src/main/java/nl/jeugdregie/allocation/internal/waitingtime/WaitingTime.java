package nl.jeugdregie.allocation.internal.waitingtime;

import java.time.LocalDate;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.platform.text.Labelled;

/**
 * TOEW-6: the latest expected wait of a provider for a product, the day it was reported, who reported it (the
 * provider itself or the municipality) and whether it is older than the norm (stale).
 */
public record WaitingTime(ProviderId provider, String providerName, AgbCode agbCode, ProductId product,
		String productLabel, int weeks, LocalDate reportedOn, Reporter reportedAs, boolean stale) {

	/** Who reported a waiting time. */
	public enum Reporter implements Labelled {
		PROVIDER, MUNICIPALITY;
	}
}
