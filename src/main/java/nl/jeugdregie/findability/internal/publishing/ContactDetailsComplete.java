package nl.jeugdregie.findability.internal.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * VIND-3: the public site names the CJG, a Dutch phone number (10 digits, or 0800/0900 numbers), an e-mail address
 * and the visiting address(es), each within its length.
 */
final class ContactDetailsComplete implements Policy<ContactForm> {

	@Override
	public Optional<Refusal> check(ContactForm form) {
		return all(form).stream().findFirst();
	}

	static List<Refusal> all(ContactForm form) {
		var refusals = new ArrayList<Refusal>();
		var name = ContactForm.text(form.getSiteName());
		if (name.isEmpty() || name.length() > 80) {
			refusals.add(Refusal.of("siteName", "findability.contact.siteName.invalid"));
		}
		var digits = ContactForm.text(form.getPhone()).replaceAll("[\\s-]", "");
		if (!digits.matches("0[0-9]{9}|0[89]00[0-9]{4,7}|14[0-9]{3,4}")) {
			refusals.add(Refusal.of("phone", "findability.contact.phone.invalid"));
		}
		var email = ContactForm.text(form.getEmail());
		if (!email.matches("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}") || email.length() > 120) {
			refusals.add(Refusal.of("email", "findability.contact.email.invalid"));
		}
		var address = ContactForm.text(form.getVisitingAddress());
		if (address.isEmpty() || address.length() > 500) {
			refusals.add(Refusal.of("visitingAddress", "findability.contact.visitingAddress.invalid"));
		}
		return refusals;
	}
}
