package nl.jeugdregie.allocation;

import java.util.Optional;

/** How often the volume of a product is delivered (iJw code list WMO757). */
public enum Frequency implements CodeListValue {

	PER_DAY("1"),
	PER_WEEK("2"),
	PER_MONTH("4"),
	TOTAL("6");

	private final String code;

	Frequency(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

	public static Optional<Frequency> ofCode(String code) {
		return CodeListValue.ofCode(Frequency.class, code);
	}
}
