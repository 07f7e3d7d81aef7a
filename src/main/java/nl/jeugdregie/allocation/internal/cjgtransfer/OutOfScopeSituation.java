package nl.jeugdregie.allocation.internal.cjgtransfer;

import java.util.UUID;

/** TOEW-8: a situation in which support stays with a specialised provider, even within the CJG's scope. */
public record OutOfScopeSituation(UUID id, String label) {

	public OutOfScopeSituation {
		if (label == null || label.isBlank() || label.length() > 200) {
			throw new IllegalArgumentException("A situation has a label of at most 200 characters");
		}
	}
}
