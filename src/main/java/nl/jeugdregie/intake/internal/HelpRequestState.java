package nl.jeugdregie.intake.internal;

import java.time.LocalDate;

/** Where a help request stands. The access-workflow issue adds triage, referral and closure states. */
public sealed interface HelpRequestState {

	/** Registered and waiting for the first conversation. */
	record AwaitingTreatment() implements HelpRequestState {}

	/** The first conversation took place: in treatment by the CJG. */
	record InTreatment(LocalDate since, String professional) implements HelpRequestState {}

	default String dutchName() {
		return switch (this) {
			case AwaitingTreatment a -> "Wacht op eerste gesprek";
			case InTreatment t -> "In behandeling";
		};
	}

	default String code() {
		return switch (this) {
			case AwaitingTreatment a -> "AWAITING_TREATMENT";
			case InTreatment t -> "IN_TREATMENT";
		};
	}
}
