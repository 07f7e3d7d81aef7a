package nl.jeugdregie.plans.internal.futureplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A young person's future plan 18-/18+ (PLAN-4): per life domain the situation, what is needed and who does what,
 * and the dates around the 18th birthday. {@code version} is the optimistic lock of the whole plan.
 */
record FuturePlan(UUID id, UUID householdId, UUID memberId, @Nullable String motivation, String createdBy,
		Instant createdAt, long version, List<Domain> domains, List<KeyDate> dates) {

	/** What the plan says about one life domain. */
	record Domain(FutureDomain domain, String currentSituation, String needed, @Nullable String networkDoes,
			@Nullable String formalDoes, String recordedBy, Instant recordedAt) {}

	/** A date around the 18th birthday, such as the end of youth care or an application deadline. */
	record KeyDate(UUID id, FutureDateKind kind, LocalDate dueOn, String description) {}

	public Optional<Domain> domain(FutureDomain domain) {
		return domains.stream().filter(d -> d.domain() == domain).findFirst();
	}
}
