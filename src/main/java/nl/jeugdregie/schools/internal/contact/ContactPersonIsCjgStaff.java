package nl.jeugdregie.schools.internal.contact;

import java.util.Optional;
import java.util.function.Function;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * OND-4: an OCP or stand-in is a CJG staff member: an active account of the same municipality whose role works on
 * cases. An account of another municipality is refused like an unknown one.
 */
final class ContactPersonIsCjgStaff implements Policy<String> {

	private final String field;
	private final MunicipalityCode municipality;
	private final Function<String, Optional<CurrentUser>> accounts;

	ContactPersonIsCjgStaff(String field, MunicipalityCode municipality, Function<String, Optional<CurrentUser>> accounts) {
		this.field = field;
		this.municipality = municipality;
		this.accounts = accounts;
	}

	@Override
	public Optional<Refusal> check(String username) {
		var found = accounts.apply(username).filter(user -> user.municipality().equals(municipality));
		if (found.isEmpty()) {
			return Optional.of(Refusal.of(field, "schools.contact.unknown"));
		}
		return found.get().role().worksOnCases() ? Optional.empty()
				: Optional.of(Refusal.of(field, "schools.contact.not.cjg"));
	}
}
