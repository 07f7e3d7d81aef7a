package nl.jeugdregie.messaging.internal.terms;

import java.util.Locale;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.platform.text.Labelled;

/** A message flow of the standard (its process description's chapters): the message that starts it and its answers. */
public enum MessageFlow implements Labelled {
	ALLOCATION("toewijzing"), START("start"), STOP("stop"),
	ALLOCATION_REQUEST("verzoek-om-toewijzing"),
	CHANGE_REQUEST("verzoek-om-wijziging"),
	ANSWER("antwoord"), DECLARATION("declaratie");

	private final String word;

	MessageFlow(String word) {
		this.word = word;
	}

	/** The flow a message opens: its own type's, a retour belongs to the flow of what it answers. */
	static MessageFlow of(IjwMessageType type) {
		return switch (type) {
			case JW301, JW302 -> ALLOCATION;
			case JW305, JW306 -> START;
			case JW307, JW308 -> STOP;
			case JW315, JW316 -> ALLOCATION_REQUEST;
			case JW317, JW318 -> CHANGE_REQUEST;
			case JW319, JW320 -> ANSWER;
			case JW323, JW325 -> DECLARATION;
		};
	}

	/** The word in a page's query string. */
	public String word() {
		return word;
	}

	public String label() {
		return dutchName();
	}

	/** The name in the API. */
	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}
}
