package nl.jeugdregie.steering.internal.assignment;

/**
 * A type of work (werksoort) with its desired situation (STU-1). Its effect chain and the indicators of its goals
 * (STU-2) are kept by the effectchain feature.
 */
public record TypeOfWork(long id, long assignmentId, int position, String code, String name, TargetGroup targetGroup,
		String desiredSituation) {}
