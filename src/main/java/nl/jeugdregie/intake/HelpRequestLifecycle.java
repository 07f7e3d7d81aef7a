package nl.jeugdregie.intake;

import nl.jeugdregie.identity.CurrentUser;

/** Moves a help request through its lifecycle; every step is checked, audited and published as an event. */
public interface HelpRequestLifecycle {

	StepResult perform(HelpRequestId id, Step step, CurrentUser professional);
}
