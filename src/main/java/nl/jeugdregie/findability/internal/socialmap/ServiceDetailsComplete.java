package nl.jeugdregie.findability.internal.socialmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * VIND-2: a service has a name and a description within their lengths, ages from 0 to 99 with the first not after
 * the last, known themes, and optional phone and e-mail in a plausible form.
 */
final class ServiceDetailsComplete implements Policy<ServiceDetailsComplete.Input> {

	record Input(ServiceForm form, Set<String> knownThemes) {}

	@Override
	public Optional<Refusal> check(Input input) {
		return all(input).stream().findFirst();
	}

	static List<Refusal> all(Input input) {
		var form = input.form();
		var refusals = new ArrayList<Refusal>();
		var name = ServiceForm.text(form.getName());
		if (name.isEmpty()) {
			refusals.add(Refusal.of("name", "findability.service.name.required"));
		} else if (name.length() > 150) {
			refusals.add(Refusal.of("name", "findability.text.tooLong", 150));
		}
		var description = ServiceForm.text(form.getDescription());
		if (description.isEmpty()) {
			refusals.add(Refusal.of("description", "findability.service.description.required"));
		} else if (description.length() > 2000) {
			refusals.add(Refusal.of("description", "findability.text.tooLong", 2000));
		}
		var min = age(ServiceForm.text(form.getMinAge()));
		var max = age(ServiceForm.text(form.getMaxAge()));
		if (min < 0) {
			refusals.add(Refusal.of("minAge", "findability.service.age.invalid"));
		}
		if (max < 0) {
			refusals.add(Refusal.of("maxAge", "findability.service.age.invalid"));
		}
		if (min >= 0 && max >= 0 && min > max) {
			refusals.add(Refusal.of("maxAge", "findability.service.age.reversed"));
		}
		if (!input.knownThemes().containsAll(form.getThemes())) {
			refusals.add(Refusal.of("themes", "findability.service.themes.unknown"));
		}
		var phone = ServiceForm.text(form.getPhone()).replaceAll("[\\s-]", "");
		if (!phone.isEmpty() && !phone.matches("0[0-9]{9}|0[89]00[0-9]{4,7}|14[0-9]{3,4}")) {
			refusals.add(Refusal.of("phone", "findability.contact.phone.invalid"));
		}
		var email = ServiceForm.text(form.getEmail());
		if (!email.isEmpty() && (!email.matches("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}") || email.length() > 120)) {
			refusals.add(Refusal.of("email", "findability.contact.email.invalid"));
		}
		return refusals;
	}

	private static int age(String text) {
		return text.matches("[0-9]{1,2}") ? Integer.parseInt(text) : -1;
	}
}
