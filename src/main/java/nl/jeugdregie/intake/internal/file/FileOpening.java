package nl.jeugdregie.intake.internal.file;

import nl.jeugdregie.intake.internal.lifecycle.HelpRequest;
import nl.jeugdregie.intake.internal.lifecycle.TreatmentClock;

/** The outcome of opening a help request's file; every outcome is audited (an attempt without a reason as a refusal). */
sealed interface FileOpening {

	record Opened(HelpRequest request, TreatmentClock.Reading clock) implements FileOpening {}

	/** The user may open it only after giving a reason (outside their own caseload). */
	record ReasonRequired(nl.jeugdregie.intake.HelpRequestId id, String number) implements FileOpening {}

	/** Unknown, or in another municipality: answered alike so existence does not leak. */
	record NotFound() implements FileOpening {}

	/** The user's role never opens client files. */
	record Forbidden() implements FileOpening {}
}
