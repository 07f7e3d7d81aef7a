package nl.jeugdregie.messaging.internal.requests;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.messaging.internal.message.RetourCodes;
import nl.jeugdregie.messaging.internal.requests.RequestMessage.Kind;

/**
 * Level 3 for a JW315 or JW317: the rules across messages, each named after the standard's rule with its retour code.
 * One broken rule rejects the whole message: the failing class gets the first code broken on it, the other classes
 * 0200. Pure: the service loads the {@link RequestState}.
 */
final class RequestRules {

	/** Which class of the retour carries a code. */
	enum Target {
		CLIENT, REQUEST, LINE
	}

	/** A broken rule: its code on a class ({@code line} is the index of the product line for {@link Target#LINE}). */
	record Finding(Target target, int line, String code) {}

	interface Rule {
		List<Finding> check(RequestMessage message, RequestState state);
	}

	private RequestRules() {}

	static List<Rule> all() {
		return List.of(new ReferenceUnique(), new NoRequestInProgress(), new UnchangedIsCurrent(), new ChangedIsCurrent(),
				new ChangeNamesAllCurrent());
	}

	static RequestCodes judge(RequestMessage message, RequestState state) {
		var findings = all().stream().flatMap(r -> r.check(message, state).stream()).toList();
		if (findings.isEmpty()) {
			return RequestCodes.none();
		}
		var client = first(findings, Target.CLIENT, -1);
		var request = message.isChange() ? first(findings, Target.REQUEST, -1) : List.<String>of();
		var lines = new ArrayList<List<String>>();
		for (var i = 0; i < message.lines().size(); i++) {
			lines.add(first(findings, Target.LINE, i));
		}
		return new RequestCodes(List.of(), client, request, lines);
	}

	private static List<String> first(List<Finding> findings, Target target, int line) {
		return List.of(findings.stream().filter(f -> f.target() == target && (target != Target.LINE || f.line() == line))
				.map(Finding::code).findFirst().orElse(RetourCodes.NO_REMARK));
	}

	/** TR347 → 9347: the provider has not used this ReferentieAanbieder before (on the product; a JW317's request). */
	static final class ReferenceUnique implements Rule {
		@Override
		public List<Finding> check(RequestMessage m, RequestState state) {
			if (m.isChange()) {
				return state.usedReferences().contains(m.changeReference()) ? List.of(new Finding(Target.REQUEST, -1, "9347"))
						: List.of();
			}
			var findings = new ArrayList<Finding>();
			for (var i = 0; i < m.lines().size(); i++) {
				if (state.usedReferences().contains(m.lines().get(i).reference())) {
					findings.add(new Finding(Target.LINE, i, "9347"));
				}
			}
			return findings;
		}
	}

	/**
	 * TR374 → 9374: no request while an earlier one of this provider for this client is in progress (until declined
	 * with a JW319 or allocated with a JW301 with its ReferentieAanbieder). On the Client of a JW315, the Verzoek of a
	 * JW317.
	 */
	static final class NoRequestInProgress implements Rule {
		@Override
		public List<Finding> check(RequestMessage m, RequestState state) {
			return state.requestInProgress()
					? List.of(new Finding(m.isChange() ? Target.REQUEST : Target.CLIENT, -1, "9374")) : List.of();
		}
	}

	/** TR350 → 9350: every OngewijzigdProduct is a current allocation of the client at this provider. */
	static final class UnchangedIsCurrent implements Rule {
		@Override
		public List<Finding> check(RequestMessage m, RequestState state) {
			return notCurrent(m, state, Kind.UNCHANGED, "9350");
		}
	}

	/** TR351 → 9351: every TeWijzigenProduct is a current allocation of the client at this provider. */
	static final class ChangedIsCurrent implements Rule {
		@Override
		public List<Finding> check(RequestMessage m, RequestState state) {
			return notCurrent(m, state, Kind.CHANGED, "9351");
		}
	}

	/** TR349 → 9349: a request for a change names every current allocation of the client at this provider. */
	static final class ChangeNamesAllCurrent implements Rule {
		@Override
		public List<Finding> check(RequestMessage m, RequestState state) {
			if (!m.isChange()) {
				return List.of();
			}
			var named = m.lines().stream().map(RequestMessage.Line::allocationNumber).filter(n -> n != null).toList();
			return state.current().stream().allMatch(a -> named.contains(a.number())) ? List.of()
					: List.of(new Finding(Target.REQUEST, -1, "9349"));
		}
	}

	private static List<Finding> notCurrent(RequestMessage m, RequestState state, Kind kind, String code) {
		var findings = new ArrayList<Finding>();
		for (var i = 0; i < m.lines().size(); i++) {
			var line = m.lines().get(i);
			if (line.kind() == kind && !state.isCurrent(java.util.Objects.requireNonNull(line.allocationNumber()))) {
				findings.add(new Finding(Target.LINE, i, code));
			}
		}
		return findings;
	}
}
