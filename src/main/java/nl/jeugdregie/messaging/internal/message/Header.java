package nl.jeugdregie.messaging.internal.message;

import java.time.LocalDate;
import nl.jeugdregie.messaging.IjwMessageType;

/**
 * The header every iJw message starts with: which message (BerichtCode, version 3.2), sender and receiver (a
 * municipality's four-digit CBS code or a provider's eight-digit AGB code, depending on the direction), and the
 * message's own identification and date (TR056: unique per sender and type).
 */
public record Header(IjwMessageType type, String sender, String receiver, String identification, LocalDate dateStamp) {

	public static final String VERSION = "3";
	public static final String SUBVERSION = "2";

	public Header {
		var fromMunicipality = type.sentBy() == IjwMessageType.Side.MUNICIPALITY;
		// A retour is sent by the one who received the message, but keeps the original header's parties.
		var senderIsMunicipality = type.isRetour() != fromMunicipality;
		if (!sender.matches(senderIsMunicipality ? "\\d{4}" : "\\d{8}")) {
			throw new IllegalArgumentException("The sender is a CBS municipality code or an AGB code");
		}
		if (!receiver.matches(senderIsMunicipality ? "\\d{8}" : "\\d{4}")) {
			throw new IllegalArgumentException("The receiver is an AGB code or a CBS municipality code");
		}
		if (identification.isBlank() || identification.length() > 12) {
			throw new IllegalArgumentException("A message identification has 1 to 12 characters");
		}
	}

	/** The iJw BerichtCode (COD002) of each message type. */
	public static String code(IjwMessageType type) {
		return switch (type) {
			case JW301 -> "436";
			case JW302 -> "437";
			case JW305 -> "438";
			case JW306 -> "439";
			case JW307 -> "440";
			case JW308 -> "441";
			case JW315 -> "446";
			case JW316 -> "447";
			case JW317 -> "486";
			case JW318 -> "487";
			case JW319 -> "488";
			case JW320 -> "489";
			case JW323 -> "490";
			case JW325 -> "491";
		};
	}
}
