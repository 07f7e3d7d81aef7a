package nl.jeugdregie.allocation;

import java.util.Optional;

/** The unit a product's volume is expressed in (iJw code list WJ756). */
public enum Unit implements CodeListValue {

	MINUTE("01"),
	HOUR("04"),
	DAY_AND_NIGHT("14"),
	DAYPART("16"),
	PIECES_OUTPUT("82"),
	EUROS("83"),
	PIECES_EFFORT("84");

	private final String code;

	Unit(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

	public static Optional<Unit> ofCode(String code) {
		return CodeListValue.ofCode(Unit.class, code);
	}
}
