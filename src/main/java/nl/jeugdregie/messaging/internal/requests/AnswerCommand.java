package nl.jeugdregie.messaging.internal.requests;

import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * The team's answer to a request: declined with a WJ759 reason, or "in onderzoek" (no reason). {@code version} is
 * the request's version the form showed (a double click or a colleague's answer first makes it stale).
 */
record AnswerCommand(UUID request, AnswerKind kind, @Nullable DeclineReason reason,
		@Nullable MunicipalityCode residence, long version) {

	AnswerCommand {
		if ((kind == AnswerKind.DECLINED) != (reason != null)) {
			throw new IllegalArgumentException("A decline has a reason; an answer 'in onderzoek' has none");
		}
		if ((reason == DeclineReason.RESIDENCE) != (residence != null)) {
			throw new IllegalArgumentException("TR377/TR409: the responsible municipality goes with reason 8 only");
		}
	}

	AnswerCommand(UUID request, AnswerKind kind, @Nullable DeclineReason reason, long version) {
		this(request, kind, reason, null, version);
	}

	/** From the form's fields; refusals name the field. */
	static Outcome<AnswerCommand> parse(UUID request, @Nullable String answer, @Nullable String reason, @Nullable String version) {
		return parse(request, answer, reason, null, version);
	}

	/**
	 * With the responsible municipality's CBS code, asked only for WJ759 8 "Woonplaatsbeginsel" (TR377: then the JW319
	 * names it; TR409: otherwise not).
	 */
	static Outcome<AnswerCommand> parse(UUID request, @Nullable String answer, @Nullable String reason,
			@Nullable String residence, @Nullable String version) {
		var kind = answer == null ? Optional.<AnswerKind>empty() : AnswerKind.ofWord(answer.strip());
		if (kind.isEmpty()) {
			return Outcome.refused(Refusal.of("antwoord", "messaging.request.answer.kindRequired"));
		}
		if (version == null || !version.strip().matches("\\d{1,18}")) {
			return Outcome.refused(Refusal.ofWhole("messaging.request.answer.version"));
		}
		DeclineReason why = null;
		if (kind.get() == AnswerKind.DECLINED) {
			var parsed = reason == null ? Optional.<DeclineReason>empty() : DeclineReason.ofCode(reason.strip());
			if (parsed.isEmpty()) {
				return Outcome.refused(Refusal.of("reden", "messaging.request.answer.reasonRequired"));
			}
			why = parsed.get();
		}
		MunicipalityCode place = null;
		if (why == DeclineReason.RESIDENCE) {
			if (residence == null || !residence.strip().matches("\\d{4}")) {
				return Outcome.refused(Refusal.of("gemeente", "messaging.request.answer.residenceRequired"));
			}
			place = new MunicipalityCode(residence.strip());
		}
		return Outcome.done(new AnswerCommand(request, kind.get(), why, place, Long.parseLong(version.strip())));
	}
}
