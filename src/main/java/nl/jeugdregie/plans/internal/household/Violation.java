package nl.jeugdregie.plans.internal;

/** Why input was refused: the field and a message code from messages-plans.properties. */
record Violation(String field, String code, Object... arguments) {}
