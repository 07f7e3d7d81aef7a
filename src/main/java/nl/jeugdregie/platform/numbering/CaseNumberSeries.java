package nl.jeugdregie.platform.numbering;

/**
 * One series of case numbers: a kind of case ({@code HV} help request, {@code GZ} household, {@code MW} social work
 * trajectory) of one municipality in one year. Its numbers read {@code HV-0828-2026-000123}.
 */
public record CaseNumberSeries(String prefix, String municipalityCode, int year) {

	public CaseNumberSeries {
		if (prefix == null || !prefix.matches("[A-Z]{2}")) {
			throw new IllegalArgumentException("A case number prefix is two capital letters");
		}
		if (municipalityCode == null || !municipalityCode.matches("\\d{4}")) {
			throw new IllegalArgumentException("A CBS municipality code has four digits");
		}
		if (year < 2000 || year > 9999) {
			throw new IllegalArgumentException("A case number's year has four digits");
		}
	}

	String number(long sequence) {
		return "%s-%s-%d-%06d".formatted(prefix, municipalityCode, year, sequence);
	}
}
