package nl.jeugdregie.allocation.internal.waitingtime;

import java.time.LocalDate;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;

/** The command to report a provider's expected wait for a product, in whole weeks (0–520), as known on a day. */
public record NewWaitingTime(ProviderId provider, ProductId product, int weeks, LocalDate reportedOn) {

	public NewWaitingTime {
		if (weeks < 0 || weeks > 520) {
			throw new IllegalArgumentException("A waiting time is 0-520 weeks");
		}
		if (reportedOn == null) {
			throw new IllegalArgumentException("A waiting time has the day it was reported");
		}
	}
}
