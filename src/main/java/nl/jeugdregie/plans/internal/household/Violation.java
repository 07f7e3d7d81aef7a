package nl.jeugdregie.plans.internal.household;

/** Why input was refused: the field and a message code from messages-plans.properties. */
public record Violation(String field, String code, Object... arguments) {}
