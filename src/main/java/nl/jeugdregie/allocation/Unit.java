package nl.jeugdregie.allocation;

import java.util.Optional;

/** The unit a product's volume is expressed in (iJw code list WJ756). */
public enum Unit implements CodeListValue {

	MINUTE("01", "Minuut"),
	HOUR("04", "Uur"),
	DAY_AND_NIGHT("14", "Etmaal"),
	DAYPART("16", "Dagdeel (4 uur)"),
	PIECES_OUTPUT("82", "Stuks (output)"),
	EUROS("83", "Euro's"),
	PIECES_EFFORT("84", "Stuks (inspanning)");

	private final String code;
	private final String dutchName;

	Unit(String code, String dutchName) {
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

	public static Optional<Unit> ofCode(String code) {
		return CodeListValue.ofCode(Unit.class, code);
	}
}
