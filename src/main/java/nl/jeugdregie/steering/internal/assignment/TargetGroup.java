package nl.jeugdregie.steering.internal.assignment;

import nl.jeugdregie.platform.text.Labelled;

/** Youth and adults are accounted for separately (STU-4): their money comes from different budgets. */
public enum TargetGroup implements Labelled {

	YOUTH, ADULTS;
}
