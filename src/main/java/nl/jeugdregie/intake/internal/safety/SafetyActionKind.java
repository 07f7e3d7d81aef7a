package nl.jeugdregie.intake.internal.safety;

import nl.jeugdregie.platform.text.Labelled;

/** TOE-14: what the CJG did to protect the young person, each recorded with its date and outcome. */
public enum SafetyActionKind implements Labelled {
	VEILIG_THUIS_REPORT,
	PROTECTION_TABLE,
	CHILD_PROTECTION_INVESTIGATION;
}
