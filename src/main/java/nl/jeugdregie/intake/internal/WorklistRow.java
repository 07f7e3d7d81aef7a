package nl.jeugdregie.intake.internal;

import java.time.LocalDate;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.Referrer;

/** One line of a team's worklist: the least needed to act, no more personal data than that. */
public record WorklistRow(HelpRequestId id, String number, String name, int age, Referrer referrer, LocalDate registeredOn,
		LocalDate deadline, TreatmentClock.Reading clock) {

	static WorklistRow of(HelpRequest request, LocalDate today) {
		return new WorklistRow(request.id(), request.number(), request.youngPerson().fullName(),
				request.youngPerson().ageOn(today), request.referrer(), request.registeredOn(),
				request.clock().deadline(), request.clockOn(today));
	}
}
