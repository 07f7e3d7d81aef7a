package nl.jeugdregie.audit.internal.review;

import nl.jeugdregie.platform.text.Labelled;
import org.jspecify.annotations.Nullable;

/** What the team lead concludes about a read with a reason on her team's file. */
enum ReviewDecision implements Labelled {
	/** The reason holds: the colleague had good cause to read the file. */
	JUSTIFIED,
	/** The lead reports the read (to the privacy officer), with a short explanation. */
	REPORTED;

	/** The decision as sent by a form or the API; null when it names none. */
	static @Nullable ReviewDecision parse(@Nullable String text) {
		if (text == null) {
			return null;
		}
		for (var decision : values()) {
			if (decision.name().equalsIgnoreCase(text.strip())) {
				return decision;
			}
		}
		return null;
	}
}
