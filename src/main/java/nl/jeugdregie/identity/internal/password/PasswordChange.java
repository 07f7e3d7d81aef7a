package nl.jeugdregie.identity.internal.password;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.identity.AdministrativeChange;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.platform.web.Problems.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 14: a user chooses their own password, with their current (or one-time) password as proof. Ends the
 * obligation to change a one-time password; audited without the password.
 */
@Service
class PasswordChange {

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;
	private final ApplicationEventPublisher events;

	PasswordChange(JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.events = events;
	}

	@Transactional(readOnly = true)
	boolean required(CurrentUser user) {
		return jdbc.sql("select password_change_required from app_user where username = ?").param(user.username())
				.query(Boolean.class).optional().orElse(false);
	}

	/** The problems with the form; empty when the new password is saved. */
	@Transactional
	List<FieldProblem> change(CurrentUser user, @Nullable String current, @Nullable String chosen,
			@Nullable String repeated) {
		var problems = new ArrayList<FieldProblem>();
		var hash = jdbc.sql("select password_hash from app_user where username = ? for update").param(user.username())
				.query(String.class).single();
		if (current == null || current.isEmpty() || !passwords.matches(current, hash)) {
			problems.add(new FieldProblem("currentPassword", "Het huidige wachtwoord klopt niet."));
		}
		problems.addAll(PasswordPolicy.check(user.username(), chosen, repeated));
		if (problems.isEmpty() && chosen != null && passwords.matches(chosen, hash)) {
			problems.add(new FieldProblem("newPassword", "Kies een ander wachtwoord dan het huidige."));
		}
		if (!problems.isEmpty() || chosen == null) {
			return problems;
		}
		jdbc.sql("update app_user set password_hash = ?, password_change_required = false, version = version + 1 "
				+ "where username = ?").params(passwords.encode(chosen), user.username()).update();
		events.publishEvent(AdministrativeChange.changed(user, "gebruiker:" + user.username(), "Eigen wachtwoord gekozen"));
		return List.of();
	}
}
