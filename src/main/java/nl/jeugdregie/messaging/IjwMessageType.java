package nl.jeugdregie.messaging;

/**
 * The iJw 3.2 message types (see {@code ../shared/ijw/README.md}): each message and the retour that answers it.
 * {@link #sentBy()} says which side sends it.
 */
public enum IjwMessageType {
	JW301(Side.MUNICIPALITY), JW302(Side.PROVIDER), JW305(Side.PROVIDER), JW306(Side.MUNICIPALITY),
	JW307(Side.PROVIDER), JW308(Side.MUNICIPALITY), JW315(Side.PROVIDER), JW316(Side.MUNICIPALITY),
	JW317(Side.PROVIDER), JW318(Side.MUNICIPALITY), JW319(Side.MUNICIPALITY), JW320(Side.PROVIDER),
	JW323(Side.PROVIDER), JW325(Side.MUNICIPALITY);

	/** Who sends a message. */
	public enum Side {
		MUNICIPALITY, PROVIDER
	}

	private final Side sentBy;

	IjwMessageType(Side sentBy) {
		this.sentBy = sentBy;
	}

	public Side sentBy() {
		return sentBy;
	}

	/** The retour that answers a message of this type (JW301 → JW302, JW305 → JW306, …); retours have none. */
	public java.util.Optional<IjwMessageType> retour() {
		return switch (this) {
			case JW301 -> java.util.Optional.of(JW302);
			case JW305 -> java.util.Optional.of(JW306);
			case JW307 -> java.util.Optional.of(JW308);
			case JW315 -> java.util.Optional.of(JW316);
			case JW317 -> java.util.Optional.of(JW318);
			case JW319 -> java.util.Optional.of(JW320);
			case JW302, JW306, JW308, JW316, JW318, JW320, JW323, JW325 -> java.util.Optional.empty();
		};
	}

	/** Whether this type is a retour message (it answers the header and classes of another message). */
	public boolean isRetour() {
		return switch (this) {
			case JW302, JW306, JW308, JW316, JW318, JW320 -> true;
			case JW301, JW305, JW307, JW315, JW317, JW319, JW323, JW325 -> false;
		};
	}
}
