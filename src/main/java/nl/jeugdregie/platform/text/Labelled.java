package nl.jeugdregie.platform.text;

/**
 * An enum whose constants have a Dutch label in the message bundle, under {@code label.<type>.<CONSTANT>} (see
 * {@link Labels#of(Enum)}). Implemented by enums only; the label is read once per call from the loaded bundle.
 */
public interface Labelled {

	/** The Dutch name shown to users, e.g. "Telefoon" for {@code intake.Channel.PHONE}. */
	default String dutchName() {
		return Labels.of((Enum<?>) this);
	}
}
