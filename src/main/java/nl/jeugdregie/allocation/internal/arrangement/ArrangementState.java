package nl.jeugdregie.allocation.internal.arrangement;

import java.time.LocalDate;
import nl.jeugdregie.platform.text.Labels;

/**
 * Where an arrangement is: being composed, agreed by the family (TOEW-2, the triangle), or decided by the access team
 * (TOEW-1). Adding a product after the agreement takes it back to composing: the family agrees to what is decided.
 */
public sealed interface ArrangementState {

	record Composing() implements ArrangementState {}

	record AgreedByFamily(LocalDate on, String recordedBy) implements ArrangementState {}

	record Decided(LocalDate agreedOn) implements ArrangementState {}

	/** The state's name on screen (label.<type> in messages.properties). */
	default String dutchName() {
		return Labels.ofType(getClass());
	}
}
