package nl.jeugdregie.messaging.internal.requests;

import java.util.List;
import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * The rules that may refuse a JW319 answer, each a named policy with the standard's rule and its WJ001 code in the
 * message: a JW319 the provider would have to reject is never sent.
 */
final class AnswerRules {

	/** The answer proposed and what the request already has. */
	record Proposed(AnswerKind kind, boolean allocated, List<AnswerKind> earlier) {
		Proposed {
			earlier = List.copyOf(earlier);
		}
	}

	private AnswerRules() {}

	static List<Policy<Proposed>> all() {
		return List.of(new NoAnswerAfterAllocation(), new NoAnswerAfterFinalAnswer(), new InvestigationOnlyOnce());
	}

	static Optional<Refusal> firstRefusal(Proposed proposed) {
		return all().stream().map(p -> p.check(proposed)).flatMap(Optional::stream).findFirst();
	}

	/** TR359 (9359): no answer once a JW301 with the request's ReferentieAanbieder was sent. */
	static final class NoAnswerAfterAllocation implements Policy<Proposed> {
		@Override
		public Optional<Refusal> check(Proposed p) {
			return p.allocated() ? Optional.of(Refusal.ofWhole("messaging.request.answer.allocated")) : Optional.empty();
		}
	}

	/**
	 * TR365 (9365): an earlier answer must have been "in onderzoek"; after a decline the request is settled and no
	 * second answer follows.
	 */
	static final class NoAnswerAfterFinalAnswer implements Policy<Proposed> {
		@Override
		public Optional<Refusal> check(Proposed p) {
			return p.earlier().stream().anyMatch(k -> k != AnswerKind.UNDER_INVESTIGATION)
					? Optional.of(Refusal.ofWhole("messaging.request.answer.settled")) : Optional.empty();
		}
	}

	/** TR360 (9360): "in onderzoek" only when the request has no answer yet (once; then allocate or decline). */
	static final class InvestigationOnlyOnce implements Policy<Proposed> {
		@Override
		public Optional<Refusal> check(Proposed p) {
			return p.kind() == AnswerKind.UNDER_INVESTIGATION && !p.earlier().isEmpty()
					? Optional.of(Refusal.of("antwoord", "messaging.request.answer.investigationOnce")) : Optional.empty();
		}
	}
}
