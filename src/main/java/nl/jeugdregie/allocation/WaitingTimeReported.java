package nl.jeugdregie.allocation;

import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * TOEW-6: a provider's expected wait for a product was reported, by the provider itself or by the municipality.
 * No personal data: the public site shows waiting times from this event, monitoring counts them (MON-8).
 */
@DomainEvent
public record WaitingTimeReported(MunicipalityCode municipality, AgbCode agbCode, ProductCategory productCategory,
		ProductCode productCode, int weeks, LocalDate reportedOn) {

	public WaitingTimeReported {
		if (weeks < 0) {
			throw new IllegalArgumentException("A waiting time is zero or more weeks");
		}
	}
}
