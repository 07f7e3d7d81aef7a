package nl.jeugdregie.messaging.internal.terms;

import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.platform.text.Labelled;
import nl.jeugdregie.policy.NormKey;

/** The answer terms of iJw 3.2, each with the rule of the standard it watches and the norm that holds its length. */
public enum TermKind implements Labelled {
	/** OP090: every message but a retour gets its retour within three working days, in both directions. */
	RETOUR(NormKey.IJW_RETOUR_TERM),
	/** OP274 (JW315), OP346 (JW317): the municipality allocates (JW301) or answers (JW319) within five working days. */
	REQUEST_ANSWER(NormKey.IJW_REQUEST_ANSWER_TERM),
	/** OP274, OP346: a request answered "in onderzoek" is allocated or declined within eight weeks of the request. */
	INVESTIGATION(NormKey.IJW_INVESTIGATION_TERM),
	/** OP271: the provider sends its start (JW305) within five working days after care started. */
	START_MESSAGE(NormKey.IJW_START_MESSAGE_TERM),
	/** OP272: the provider sends its stop (JW307) within five working days after care ended. */
	STOP_MESSAGE(NormKey.IJW_STOP_MESSAGE_TERM),
	/** OP090x4: the municipality answers a declaration (JW323) with a JW325 within ten working days. */
	DECLARATION_ANSWER(NormKey.IJW_DECLARATION_ANSWER_TERM);

	private final NormKey norm;

	TermKind(NormKey norm) {
		this.norm = norm;
	}

	public String label() {
		return dutchName();
	}

	public NormKey norm() {
		return norm;
	}

	/** The standard's rule for this term on a message of {@code type}. */
	public String rule(IjwMessageType type) {
		return switch (this) {
			case RETOUR -> "OP090";
			case REQUEST_ANSWER, INVESTIGATION -> type == IjwMessageType.JW317 ? "OP346" : "OP274";
			case START_MESSAGE -> "OP271";
			case STOP_MESSAGE -> "OP272";
			case DECLARATION_ANSWER -> "OP090x4";
		};
	}

	/** The message that meets the term, in words. */
	public String expected(IjwMessageType type) {
		return switch (this) {
			case RETOUR -> type.retour().map(Enum::name).orElse("retourbericht");
			case REQUEST_ANSWER -> "JW301 of JW319";
			case INVESTIGATION -> "JW301 of JW319 met besluit";
			case START_MESSAGE -> "JW305";
			case STOP_MESSAGE -> "JW307";
			case DECLARATION_ANSWER -> "JW325";
		};
	}
}
