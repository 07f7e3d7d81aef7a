package nl.jeugdregie.messaging.internal.xml;

/**
 * The bytes are not a message the product can read at all (too large, not UTF-8, not well-formed, a DTD or entity,
 * an unknown root): refused before any rule runs, with nothing applied. {@link #reason()} is a Dutch sentence for the
 * sender; no content of the message is in it.
 */
public final class XmlRefused extends Exception {

	/** What was wrong, for the problem response. */
	public enum Kind {
		TOO_LARGE, WRONG_ENCODING, MALFORMED, FORBIDDEN_CONSTRUCT, UNKNOWN_MESSAGE
	}

	private final Kind kind;

	public XmlRefused(Kind kind, String reason) {
		super(reason, null, false, false);
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}

	public String reason() {
		return getMessage();
	}
}
