package nl.jeugdregie.steering.internal.assignment;

/**
 * Why a change to the assignment is refused, and which field it is about; the Dutch text is in
 * messages-steering.properties under {@code steering.refusal.<code>}.
 *
 * @param field the form field, empty when the refusal concerns the change as a whole
 * @param arguments the message arguments, such as the allowed range or an amount
 */
public record Refusal(String field, String code, Object... arguments) {}
