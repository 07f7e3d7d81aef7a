package nl.jeugdregie.findability.internal.onlinerequest;

import java.time.LocalDate;

/** VIND-3: postcodes {@code from} to {@code to} (four digits) lie in {@code district} from {@code effectiveFrom}. */
public record PostcodeRange(int from, int to, String district, LocalDate effectiveFrom) {

	public PostcodeRange {
		if (from < 1000 || to > 9999 || from > to || district.isBlank() || district.length() > 100) {
			throw new IllegalArgumentException("A postcode range passes the range rules first");
		}
		district = district.strip();
	}
}
