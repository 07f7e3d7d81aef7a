package nl.jeugdregie.intake.internal.lifecycle;

import nl.jeugdregie.platform.text.Labelled;

/** What a professional can do to a help request; {@link TransitionPolicy} says in which states. */
public enum LifecycleAction implements Labelled {
	CONVERSATION,
	TRIAGE,
	CONTINUE_BEYOND_MAXIMUM,
	SPECIALISED_CARE_NEEDED,
	APPLICATION,
	CLOSE,
	AGREE_CONTACT,
	RECORD_CONTACT;
}
