package nl.jeugdregie.messaging.internal.requests;

import java.util.List;
import java.util.Optional;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.allocation.messaging.RequestsForMessaging.AllocationOfYoungPerson;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * OP043: no allocation in kind for a product the young person has as a personal budget (pgb) in the same period. A
 * request through iJw is always for care in kind, so such a request cannot be granted. OP043 is a business rule
 * without a WJ001 retour code (the schema allows only the listed codes), so it does not reject the message: it marks
 * the request on the worklist and the team answers it (ADR 0048), typically declined with WJ759 6 "Stapeling".
 */
final class NoInKindRequestWherePgb implements Policy<NoInKindRequestWherePgb.Requested> {

	/** One requested line and the young person's allocations (all providers). */
	record Requested(RequestMessage.Line line, List<AllocationOfYoungPerson> allocations) {}

	@Override
	public Optional<Refusal> check(Requested requested) {
		var line = requested.line();
		if (line.category() == null || line.from() == null) {
			return Optional.empty();
		}
		return requested.allocations().stream()
				.filter(a -> !a.withdrawn() && a.financing() == Financing.PGB && line.category().equals(a.productCategory())
						&& (line.code() == null || a.productCode() == null || line.code().equals(a.productCode()))
						&& a.overlaps(line.from(), line.until()))
				.findFirst()
				.map(a -> Refusal.of("product", "messaging.request.pgbOverlap", line.code() == null ? line.category() : line.code()));
	}
}
