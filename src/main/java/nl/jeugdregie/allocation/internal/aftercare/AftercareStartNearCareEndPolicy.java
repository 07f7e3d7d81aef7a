package nl.jeugdregie.allocation.internal.aftercare;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * MON-5 (ADR 0058): aftercare starts around the end of the care: at the earliest {@value #DAYS_BEFORE} days before the
 * allocation's last day (a warm handover in the last weeks of care), at the latest {@value #DAYS_AFTER} days after it
 * (later than that it is new help, not aftercare).
 */
final class AftercareStartNearCareEndPolicy implements Policy<AftercareStartNearCareEndPolicy.Proposed> {

	static final int DAYS_BEFORE = 30;
	static final int DAYS_AFTER = 365;

	/** The allocation's last day and the proposed first day of aftercare. */
	record Proposed(LocalDate lastDay, LocalDate from) {}

	@Override
	public Optional<Refusal> check(Proposed proposed) {
		var earliest = proposed.lastDay().minusDays(DAYS_BEFORE);
		var latest = proposed.lastDay().plusDays(DAYS_AFTER);
		if (proposed.from().isBefore(earliest) || proposed.from().isAfter(latest)) {
			return Optional.of(Refusal.of("from", "allocation.aftercare.from.outsideCareEnd", DutchFormat.date(earliest),
					DutchFormat.date(latest), DutchFormat.date(proposed.lastDay())));
		}
		return Optional.empty();
	}
}
