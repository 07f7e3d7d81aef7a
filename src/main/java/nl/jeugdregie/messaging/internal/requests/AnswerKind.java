package nl.jeugdregie.messaging.internal.requests;

import java.util.Optional;
import nl.jeugdregie.messaging.IjwMessageExchanged;
import nl.jeugdregie.platform.text.Labelled;

/**
 * WJ760 VerzoekAntwoord: how a JW319 answers a request. A granted request is not answered with a JW319: the
 * allocation (JW301 with the same ReferentieAanbieder) is the answer (OP274, OP344).
 */
public enum AnswerKind implements Labelled {
	DECLINED("1", "afwijzen"), UNDER_INVESTIGATION("2", "in-onderzoek");

	private final String code;
	private final String word;

	AnswerKind(String code, String word) {
		this.code = code;
		this.word = word;
	}

	String code() {
		return code;
	}

	public String word() {
		return word;
	}

	IjwMessageExchanged.RequestAnswer asEventAnswer() {
		return switch (this) {
			case DECLINED -> IjwMessageExchanged.RequestAnswer.DECLINED;
			case UNDER_INVESTIGATION -> IjwMessageExchanged.RequestAnswer.UNDER_INVESTIGATION;
		};
	}

	static Optional<AnswerKind> ofWord(String word) {
		for (var kind : values()) {
			if (kind.word.equals(word) || kind.name().equals(word)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
