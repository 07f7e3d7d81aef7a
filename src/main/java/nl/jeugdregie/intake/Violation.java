package nl.jeugdregie.intake;

/**
 * Why input was refused: the field and a message code from messages-intake.properties, shown in Dutch
 * next to the field in the UI and in the problem document of the API.
 */
public record Violation(String field, String code, Object... arguments) {}
