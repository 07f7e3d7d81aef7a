package nl.jeugdregie.intake.internal.worklist;

import java.time.LocalDate;
import nl.jeugdregie.intake.Crisis;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.internal.file.Dates;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequest;
import nl.jeugdregie.intake.internal.lifecycle.TreatmentClock;
import org.jspecify.annotations.Nullable;

/** One line of a team's worklist: the least needed to act, no more personal data than that. */
public record WorklistRow(HelpRequestId id, String number, String name, int age, Referrer referrer, LocalDate registeredOn,
		LocalDate deadline, TreatmentClock.Reading clock, @Nullable Integer contactEveryDays,
		@Nullable LocalDate nextContactDue, boolean contactOverdue, Crisis crisis, @Nullable String assignedTo) {

	public static WorklistRow of(HelpRequest request, LocalDate today) {
		var agreement = request.contactAgreement();
		var nextContact = request.nextContactDue();
		return new WorklistRow(request.id(), request.number(), request.youngPerson().fullName(),
				request.youngPerson().ageOn(today), request.referrer(), request.registeredOn(),
				request.clock().deadline(), request.clockOn(today), agreement == null ? null : agreement.everyDays(),
				nextContact, nextContact != null && nextContact.isBefore(today), request.crisis(), request.assignedTo());
	}

	/** TOE-6: waiting past the term without an agreed contact frequency. */
	public boolean needsContactAgreement() {
		return clock.status() == TreatmentClock.Status.OVERDUE && contactEveryDays == null;
	}

	/** The contact agreement as shown on the worklist. */
	public String contactText() {
		if (contactEveryDays == null) {
			return needsContactAgreement() ? "Geen contactafspraak" : "–";
		}
		return "Elke " + contactEveryDays + " dagen; volgend contact uiterlijk " + Dates.dutch(nextContactDue)
				+ (contactOverdue ? " (te laat)" : "");
	}
}
