package nl.jeugdregie.monitoring.internal.dashboard;

import nl.jeugdregie.intake.ConversationHeld;
import nl.jeugdregie.intake.HelpRequestTransitioned;
import nl.jeugdregie.intake.TreatmentStarted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the dashboard read models (MON-1, MON-7, MON-10) from intake's events after a registration; see
 * {@link DashboardReadModels}. Registrations themselves do not come here: monitoring keeps them in its registration
 * inbox and folds them in batches (`monitoring.internal.registrations.RegistrationFolding`, ADR 0057).
 */
@Component
class DashboardProjection {

	private final DashboardReadModels readModels;

	DashboardProjection(DashboardReadModels readModels) {
		this.readModels = readModels;
	}

	@ApplicationModuleListener
	void on(TreatmentStarted e) {
		readModels.receive(new RawEvent(e.helpRequest().value(), RawEvent.Kind.TREATMENT_STARTED, "",
				e.municipality().value(), e.team().value(), e.startedOn(), e.treatmentDeadline(), null, null, null,
				null, null, null, null, null, null, null, null));
	}

	@ApplicationModuleListener
	void on(ConversationHeld e) {
		readModels.receive(new RawEvent(e.helpRequest().value(), RawEvent.Kind.CONVERSATION,
				Integer.toString(e.number()), e.municipality().value(), e.team().value(), e.heldOn(), null, null, null,
				null, null, null, null, null, null, null, e.number(), null));
	}

	@ApplicationModuleListener
	void on(HelpRequestTransitioned e) {
		readModels.receive(new RawEvent(e.helpRequest().value(), RawEvent.Kind.TRANSITIONED, e.state() + "@" + e.on(),
				e.municipality().value(), e.team().value(), e.on(), null, null, null, null, null, null, null, null,
				e.state(), e.outcome(), null, e.deadline()));
	}
}
