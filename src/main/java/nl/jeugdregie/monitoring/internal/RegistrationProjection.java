package nl.jeugdregie.monitoring.internal;

import java.util.List;
import nl.jeugdregie.intake.HelpRequestRegistered;

/**
 * A read model of monitoring fed by registrations. Not a listener of its own: monitoring folds its registration
 * inbox in batches, and each batch feeds every such read model in the batch's one transaction (ADR 0053, ADR 0057).
 * Idempotent: a registration applied again (a fold repeated after a failure, an upgrade's moved open work) changes
 * nothing already stored; a batch holds each registration at most once in practice, but twice changes nothing either.
 */
public interface RegistrationProjection {

	/** Applies a batch of registrations, in one statement where the read model allows. */
	void project(List<HelpRequestRegistered> events);
}
