package nl.jeugdregie.identity.internal.skj;

import java.util.List;
import nl.jeugdregie.identity.AdministrativeChange;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.SkjRegistration;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** SEC-1: the administrator records, changes or removes a professional's SKJ registration; audited with the change. */
@Service
class SkjAdministration {

	sealed interface Result {
		record Saved(String confirmation) implements Result {}

		record Refused(List<Refusal> refusals) implements Result {}

		record NotFound() implements Result {}
	}

	private final JdbcSkjRegistrations registrations;
	private final ApplicationEventPublisher events;
	private final SkjInputPolicy policy = new SkjInputPolicy();

	SkjAdministration(JdbcSkjRegistrations registrations, ApplicationEventPublisher events) {
		this.registrations = registrations;
		this.events = events;
	}

	@Transactional
	Result save(CurrentUser administrator, String username, SkjInput input) {
		var refusals = policy.all(input);
		if (!refusals.isEmpty()) {
			return new Result.Refused(refusals);
		}
		var registration = input.empty() ? null : new SkjRegistration(input.number(), input.registeredUntil());
		if (username.indexOf('\0') >= 0 || !registrations.save(username, administrator.municipality(), registration)) {
			return new Result.NotFound();
		}
		var what = registration == null ? "SKJ-registratie verwijderd"
				: "SKJ-registratie " + registration.number() + " tot en met " + DutchFormat.longDate(registration.registeredUntil());
		events.publishEvent(AdministrativeChange.changed(administrator, "gebruiker:" + username, what));
		return new Result.Saved(what);
	}
}
