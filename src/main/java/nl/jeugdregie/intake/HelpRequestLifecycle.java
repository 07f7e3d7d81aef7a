package nl.jeugdregie.intake;

import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.platform.result.Outcome;

/** Moves a help request through its lifecycle; every step is checked, audited and published as an event. */
public interface HelpRequestLifecycle {

	Outcome<String> perform(HelpRequestId id, Step step, CurrentUser professional);
}
