package nl.jeugdregie.steering.internal.assignment;

/**
 * Why a change to the assignment is refused, and which field it is about; the Dutch text is in
 * messages-steering.properties under {@code steering.refusal.<code>}.
 *
 * @param field the form field, empty when the refusal concerns the change as a whole
 * @param arguments the message arguments, such as the allowed range or an amount
 */
public record Refusal(String field, String code, Object... arguments) {

	/**
	 * The same refusal as the platform's one refusal type ({@link nl.jeugdregie.platform.result.Refusal}), its code
	 * the full message key, for features that answer with {@link nl.jeugdregie.platform.result.Outcome}.
	 */
	public nl.jeugdregie.platform.result.Refusal toPlatform() {
		return new nl.jeugdregie.platform.result.Refusal(field, "steering.refusal." + code, java.util.List.of(arguments));
	}
}
