package nl.jeugdregie.identity;

/**
 * A municipality's CBS code, four digits (Oss is {@code 0828}).
 */
public record MunicipalityCode(String value) {

	public MunicipalityCode {
		if (value == null || !value.matches("\\d{4}")) {
			throw new IllegalArgumentException("A CBS municipality code has four digits");
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
