package nl.jeugdregie.monitoring.internal;

import nl.jeugdregie.intake.HelpRequestRegistered;

/**
 * A read model of monitoring fed by a registration. Not a listener of its own: monitoring's one listener of
 * {@link HelpRequestRegistered} (the dashboard's) feeds every such read model in its one transaction, so a
 * registration stores one event publication instead of one per read model (ADR 0053). Idempotent: the event
 * registry re-delivers a registration whose handling did not complete, to all of them again.
 */
public interface RegistrationProjection {

	void project(HelpRequestRegistered event);
}
