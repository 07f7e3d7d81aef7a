package nl.jeugdregie.allocation;

import java.util.Arrays;
import java.util.Optional;

/** How often the volume of a product is delivered (iJw code list WMO757). */
public enum Frequency {

	PER_DAY("1", "Per dag"),
	PER_WEEK("2", "Per week"),
	PER_MONTH("4", "Per maand"),
	TOTAL("6", "Totaal binnen geldigheidsduur toewijzing");

	private final String code;
	private final String dutchName;

	Frequency(String code, String dutchName) {
		this.code = code;
		this.dutchName = dutchName;
	}

	public String code() {
		return code;
	}

	public String dutchName() {
		return dutchName;
	}

	public static Optional<Frequency> ofCode(String code) {
		var cleaned = code == null ? "" : code.strip();
		return Arrays.stream(values()).filter(frequency -> frequency.code.equals(cleaned)).findFirst();
	}
}
