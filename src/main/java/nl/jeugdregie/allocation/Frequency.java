package nl.jeugdregie.allocation;

import java.util.Optional;

/** How often the volume of a product is delivered (iJw code list WMO757). */
public enum Frequency implements CodeListValue {

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

	@Override
	public String code() {
		return code;
	}

	@Override
	public String dutchName() {
		return dutchName;
	}

	public static Optional<Frequency> ofCode(String code) {
		return CodeListValue.ofCode(Frequency.class, code);
	}
}
