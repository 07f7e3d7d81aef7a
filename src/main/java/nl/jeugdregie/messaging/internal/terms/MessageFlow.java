package nl.jeugdregie.messaging.internal.terms;

import java.util.Locale;
import nl.jeugdregie.messaging.IjwMessageType;

/** A message flow of the standard (its process description's chapters): the message that starts it and its answers. */
public enum MessageFlow {
	ALLOCATION("toewijzing", "Toewijzing (JW301)"), START("start", "Start zorg (JW305)"), STOP("stop", "Stop zorg (JW307)"),
	ALLOCATION_REQUEST("verzoek-om-toewijzing", "Verzoek om toewijzing (JW315)"),
	CHANGE_REQUEST("verzoek-om-wijziging", "Verzoek om wijziging (JW317)"),
	ANSWER("antwoord", "Antwoordbericht (JW319)"), DECLARATION("declaratie", "Declaratie (JW323)");

	private final String word;
	private final String label;

	MessageFlow(String word, String label) {
		this.word = word;
		this.label = label;
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
		return label;
	}

	/** The name in the API. */
	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}
}
