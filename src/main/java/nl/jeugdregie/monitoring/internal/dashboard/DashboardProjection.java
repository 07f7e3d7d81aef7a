package nl.jeugdregie.monitoring.internal.dashboard;

import java.util.List;
import nl.jeugdregie.intake.ConversationHeld;
import nl.jeugdregie.intake.HelpRequestRegistered;
import nl.jeugdregie.intake.HelpRequestTransitioned;
import nl.jeugdregie.intake.TreatmentStarted;
import nl.jeugdregie.monitoring.internal.RegistrationProjection;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the dashboard read models (MON-1, MON-7, MON-10) from intake's events; see {@link DashboardReadModels}.
 * Its listener of a registration is monitoring's only one: it also feeds the other read models of a registration
 * ({@link RegistrationProjection}: treatment wait, outcomes, schools) in the same transaction, so a registration
 * stores one event publication instead of four (ADR 0053). Those come first: their rows are the request's own, and
 * the dashboard's month rows, which registrations of one month share, stay locked for the shortest time.
 */
@Component
class DashboardProjection {

	private final DashboardReadModels readModels;
	private final Norms norms;
	private final List<RegistrationProjection> registrationProjections;

	DashboardProjection(DashboardReadModels readModels, Norms norms,
			List<RegistrationProjection> registrationProjections) {
		this.readModels = readModels;
		this.norms = norms;
		this.registrationProjections = List.copyOf(registrationProjections);
	}

	@ApplicationModuleListener
	void on(HelpRequestRegistered e) {
		registrationProjections.forEach(projection -> projection.project(e));
		// The TOE-7 maximum in force on the registration date is kept with the event, so a rebuild needs no norms.
		var maxConversations = norms.inEffect(e.municipality(), NormKey.MAX_CONVERSATIONS, e.registeredOn()).amount();
		readModels.receive(new RawEvent(e.helpRequest().value(), RawEvent.Kind.REGISTERED, "",
				e.municipality().value(), e.team().value(), e.registeredOn(), e.treatmentDeadline(),
				e.referrer().name(), e.crisis().name(), e.channel().name(), e.type().name(), e.ageAtRegistration(),
				e.earlierRequest() == null ? null : e.earlierRequest().value(), maxConversations, null, null, null,
				null));
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
