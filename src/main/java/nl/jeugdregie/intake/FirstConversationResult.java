package nl.jeugdregie.intake;

/** The outcome of recording the first conversation; a refusal changes nothing. */
public sealed interface FirstConversationResult {

	record Recorded() implements FirstConversationResult {}

	record Refused(Violation violation) implements FirstConversationResult {}

	/** The file does not exist or the user may not change it. */
	record NotAllowed() implements FirstConversationResult {}
}
