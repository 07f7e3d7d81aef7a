package nl.jeugdregie.findability.internal.socialmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * VIND-2: an organisation has a name (at most 150) and a description (at most 2000); a website starts with https://
 * (the table's rule: the public site links only to secure sites); phone and e-mail, if given, look plausible.
 */
final class OrganizationDetailsComplete implements Policy<OrganizationForm> {

	@Override
	public Optional<Refusal> check(OrganizationForm form) {
		return all(form).stream().findFirst();
	}

	static List<Refusal> all(OrganizationForm form) {
		var refusals = new ArrayList<Refusal>();
		var name = ServiceForm.text(form.getName());
		if (name.isEmpty()) {
			refusals.add(Refusal.of("name", "findability.organization.name.required"));
		} else if (name.length() > 150) {
			refusals.add(Refusal.of("name", "findability.text.tooLong", 150));
		}
		if (ServiceForm.text(form.getDescription()).length() > 2000) {
			refusals.add(Refusal.of("description", "findability.text.tooLong", 2000));
		}
		var website = ServiceForm.text(form.getWebsite());
		if (!website.isEmpty() && (!website.matches("https://[^\\s<>\"]+\\.[^\\s<>\"]+") || website.length() > 300)) {
			refusals.add(Refusal.of("website", "findability.organization.website.invalid"));
		}
		var phone = ServiceForm.text(form.getPhone()).replaceAll("[\\s-]", "");
		if (!phone.isEmpty() && !phone.matches("0[0-9]{9}|0[89]00[0-9]{4,7}|14[0-9]{3,4}")) {
			refusals.add(Refusal.of("phone", "findability.contact.phone.invalid"));
		}
		var email = ServiceForm.text(form.getEmail());
		if (!email.isEmpty() && (!email.matches("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}") || email.length() > 120)) {
			refusals.add(Refusal.of("email", "findability.contact.email.invalid"));
		}
		var provider = ServiceForm.text(form.getProvider());
		if (!provider.isEmpty() && !provider.matches("[A-Za-z0-9._@-]{1,60}")) {
			refusals.add(Refusal.of("provider", "findability.organization.provider.invalid"));
		}
		return refusals;
	}
}
