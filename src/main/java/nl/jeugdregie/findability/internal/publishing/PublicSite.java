package nl.jeugdregie.findability.internal.publishing;

import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.text.Labels;

/**
 * VIND-3, TOE-2: what every public page shows about reaching the municipality's CJG: name, phone, e-mail, visiting
 * address (the administrator's settings) and the hours it is staffed on workdays (the office-hours norms).
 */
public record PublicSite(MunicipalityCode municipality, String municipalityName, String siteName, String phone,
		String email, String visitingAddress, int opensAt, int closesAt) {

	/** The path of the site's home page. */
	public String home() {
		return "/cjg/" + municipality.value();
	}

	/** "maandag tot en met vrijdag van 09:00 tot 17:00". */
	public String hoursText() {
		return Labels.text("text.findability.publicSite.hours", opensAt, closesAt);
	}

	/** The phone number for a {@code tel:} link: digits and a leading plus only. */
	public String phoneLink() {
		return "tel:" + phone.replaceAll("[^0-9+]", "");
	}
}
