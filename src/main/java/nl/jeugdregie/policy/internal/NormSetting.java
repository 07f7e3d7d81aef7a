package nl.jeugdregie.policy.internal;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.NormValue;
import org.jspecify.annotations.Nullable;

/**
 * One stored norm value with who set it and why: a row of the history the administrator and policy officer see.
 *
 * @param municipality null for the product default
 */
record NormSetting(@Nullable MunicipalityCode municipality, NormKey key, int amount, LocalDate effectiveFrom,
		String changedBy, Instant changedAt, @Nullable String note) {

	// Public like the record's accessors, so the template can read it.
	public boolean productDefault() {
		return municipality == null;
	}

	NormValue value() {
		return new NormValue(key, amount, effectiveFrom);
	}
}
