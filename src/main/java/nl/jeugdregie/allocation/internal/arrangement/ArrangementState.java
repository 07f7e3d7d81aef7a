package nl.jeugdregie.allocation.internal.arrangement;

import java.time.LocalDate;

/**
 * Where an arrangement is: being composed, agreed by the family (TOEW-2, the triangle), or decided by the access team
 * (TOEW-1). Adding a product after the agreement takes it back to composing: the family agrees to what is decided.
 */
public sealed interface ArrangementState {

	record Composing() implements ArrangementState {}

	record AgreedByFamily(LocalDate on, String recordedBy) implements ArrangementState {}

	record Decided(LocalDate agreedOn) implements ArrangementState {}

	default String dutchName() {
		return switch (this) {
			case Composing c -> "In overleg met het gezin";
			case AgreedByFamily a -> "Gezin akkoord, nog geen beschikking";
			case Decided d -> "Beschikking afgegeven";
		};
	}
}
