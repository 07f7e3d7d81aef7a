package nl.jeugdregie.identity.internal.users;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import nl.jeugdregie.identity.AdministrativeChange;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.identity.internal.AdminSaving;
import nl.jeugdregie.identity.internal.Saved;
import nl.jeugdregie.identity.internal.TakenName;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14: the municipality's administrator lists, adds, changes, deactivates and reactivates user accounts, and
 * gives a new one-time password. Only within her own municipality: another municipality's account is not found.
 * Nothing is deleted, so names in history stay readable ({@code StaffNames}). Every change names the version it was
 * made on and is audited in its transaction, never with a password. Taken usernames and e-mail addresses are refused
 * by the database's unique indexes, also under a race.
 */
@Service
class UserAdministration {

	private final UserRecords users;
	private final PasswordEncoder passwords;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;

	UserAdministration(UserRecords users, PasswordEncoder passwords, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	UserRecords.UserPage search(CurrentUser admin, UserSearch search) {
		requireAdministrator(admin);
		return users.search(admin.municipality(), search, today());
	}

	Optional<ManagedUser> find(CurrentUser admin, String username) {
		requireAdministrator(admin);
		return users.find(admin.municipality(), username, false);
	}

	Map<TeamId, String> activeTeams(CurrentUser admin) {
		requireAdministrator(admin);
		return users.activeTeams(admin.municipality());
	}

	/**
	 * The active teams to choose from, and the user's own team when it has since been deactivated, its name as
	 * {@code deactivated} makes it.
	 */
	Map<TeamId, String> activeTeamsWith(CurrentUser admin, @Nullable ManagedUser user,
			java.util.function.UnaryOperator<String> deactivated) {
		var teams = new java.util.LinkedHashMap<>(activeTeams(admin));
		if (user != null && user.team() != null && user.teamName() != null) {
			teams.putIfAbsent(user.team(), deactivated.apply(user.teamName()));
		}
		return teams;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Outcome<Saved> create(CurrentUser admin, @Nullable String rawUsername, UserDetails raw) {
		requireAdministrator(admin);
		var username = rawUsername == null ? null : rawUsername.strip();
		var details = tidy(raw);
		var problems = new ArrayList<>(UserInputPolicy.checkUsername(username));
		problems.addAll(UserInputPolicy.check(details, users.activeTeams(admin.municipality()).keySet()));
		problems.addAll(ActivePeriodPolicy.check(details.activeFrom(), details.activeUntil()));
		if (!problems.isEmpty() || username == null) {
			return Outcome.refused(problems);
		}
		var oneTimePassword = InitialPasswords.next();
		return saving(() -> {
			if (details.team() != null && !users.lockActiveTeam(admin.municipality(), details.team())) {
				return Outcome.refused(Refusal.of("team", UserInputPolicy.TEAM_NOT_ACTIVE));
			}
			users.insert(username, passwords.encode(oneTimePassword), admin.municipality(), details);
			events.publishEvent(AdministrativeChange.created(admin, "gebruiker:" + username, "Gebruiker aangemaakt: "
					+ describe(details) + "; eenmalig wachtwoord uitgegeven"));
			return Outcome.done(Saved.of(username, 0, "identity.admin.saved.user.created", details.displayName())
					.withOneTimePassword(oneTimePassword));
		});
	}

	Outcome<Saved> change(CurrentUser admin, String username, long version, UserDetails raw) {
		requireAdministrator(admin);
		var details = tidy(raw);
		return changing(admin, username, version, user -> {
			var allowed = new HashSet<>(users.activeTeams(admin.municipality()).keySet());
			if (user.team() != null) {
				allowed.add(user.team()); // keeping one's own (since deactivated) team is no change
			}
			var problems = new ArrayList<>(UserInputPolicy.check(details, allowed));
			problems.addAll(ActivePeriodPolicy.check(details.activeFrom(), details.activeUntil()));
			if (!problems.isEmpty()) {
				return Outcome.refused(problems);
			}
			var refusals = AdministratorRemainsPolicy.check(admin.username(), user, details,
					users.otherActiveAdministrators(admin.municipality(), username, today()), today());
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			var changes = changes(user, details);
			if (changes.isEmpty()) {
				return Outcome.done(Saved.of(username, version, "identity.admin.saved.nothingChanged"));
			}
			if (details.team() != null && !details.team().equals(user.team())
					&& !users.lockActiveTeam(admin.municipality(), details.team())) {
				return Outcome.refused(Refusal.of("team", UserInputPolicy.TEAM_NOT_ACTIVE));
			}
			if (!users.update(user, version, details)) {
				return Outcome.stale(user.version());
			}
			events.publishEvent(AdministrativeChange.changed(admin, user.subject(), "Gebruiker gewijzigd: "
					+ String.join("; ", changes)));
			return Outcome.done(Saved.of(username, version + 1, "identity.admin.saved.user.changed",
					details.displayName()));
		});
	}

	Outcome<Saved> deactivate(CurrentUser admin, String username, long version) {
		requireAdministrator(admin);
		return changing(admin, username, version, user -> {
			if (!user.enabled()) {
				return Outcome.refused(Refusal.ofWhole("identity.admin.user.alreadyInactive"));
			}
			var refusals = AdministratorRemainsPolicy.check(admin.username(), user, null,
					users.otherActiveAdministrators(admin.municipality(), username, today()), today());
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			if (!users.setEnabled(user, version, false)) {
				return Outcome.stale(user.version());
			}
			events.publishEvent(AdministrativeChange.changed(admin, user.subject(), "Gebruiker gedeactiveerd"));
			return Outcome.done(Saved.of(username, version + 1, "identity.admin.saved.user.deactivated", user.displayName()));
		});
	}

	Outcome<Saved> reactivate(CurrentUser admin, String username, long version) {
		requireAdministrator(admin);
		return changing(admin, username, version, user -> {
			if (user.enabled()) {
				return Outcome.refused(Refusal.ofWhole("identity.admin.user.alreadyActive"));
			}
			if (user.team() != null && !users.lockActiveTeam(admin.municipality(), user.team())) {
				return Outcome.refused(Refusal.ofWhole("identity.admin.user.teamInactive"));
			}
			if (!users.setEnabled(user, version, true)) {
				return Outcome.stale(user.version());
			}
			events.publishEvent(AdministrativeChange.changed(admin, user.subject(), "Gebruiker weer actief gemaakt"));
			return Outcome.done(Saved.of(username, version + 1, "identity.admin.saved.user.reactivated", user.displayName()));
		});
	}

	/** A new one-time password, for a user who forgot theirs; the old one stops working. */
	Outcome<Saved> newOneTimePassword(CurrentUser admin, String username, long version) {
		requireAdministrator(admin);
		var oneTimePassword = InitialPasswords.next();
		return changing(admin, username, version, user -> {
			if (!users.setOneTimePassword(user, version, passwords.encode(oneTimePassword))) {
				return Outcome.stale(user.version());
			}
			events.publishEvent(AdministrativeChange.changed(admin, user.subject(), "Nieuw eenmalig wachtwoord uitgegeven"));
			return Outcome.done(Saved.of(username, version + 1, "identity.admin.saved.user.newPassword", user.displayName())
					.withOneTimePassword(oneTimePassword));
		});
	}

	private interface ChangeOf {
		Outcome<Saved> apply(ManagedUser user);
	}

	private Outcome<Saved> changing(CurrentUser admin, String username, long version, ChangeOf change) {
		return saving(() -> {
			var found = users.find(admin.municipality(), username, true);
			if (found.isEmpty()) {
				return Outcome.notFound();
			}
			if (found.get().version() != version) {
				return Outcome.stale(found.get().version());
			}
			return change.apply(found.get());
		});
	}

	private Outcome<Saved> saving(Supplier<Outcome<Saved>> work) {
		return AdminSaving.saving(transaction, work, taken -> String.valueOf(taken.getMessage())
				.contains("app_user_email_unique_per_municipality") ? TakenName.of("email", "email")
						: TakenName.of("username", "username"));
	}

	private static UserDetails tidy(UserDetails raw) {
		var role = raw.role();
		return new UserDetails(UserRecords.blankToNull(raw.displayName()),
				raw.email() == null || raw.email().isBlank() ? null : raw.email().strip().toLowerCase(java.util.Locale.ROOT),
				role, raw.team(), raw.expertise(), raw.activeFrom(), raw.activeUntil());
	}

	private static String describe(UserDetails details) {
		var text = new StringBuilder("rol " + details.role().dutchName());
		if (details.team() != null) {
			text.append(", team ").append(details.team());
		}
		if (!details.expertise().isEmpty()) {
			text.append(", expertise ").append(details.expertise().stream().map(e -> e.dutchName()).sorted().toList());
		}
		text.append(period(details));
		return text.toString();
	}

	private static String period(UserDetails details) {
		return (details.activeFrom() == null ? "" : ", actief vanaf " + DutchFormat.longDate(details.activeFrom()))
				+ (details.activeUntil() == null ? "" : ", actief tot en met " + DutchFormat.longDate(details.activeUntil()));
	}

	/** What changed, for the audit trail: field names and roles, no personal details beyond the staff member's name. */
	private static List<String> changes(ManagedUser user, UserDetails after) {
		var changes = new ArrayList<String>();
		if (!Objects.equals(user.displayName(), after.displayName())) {
			changes.add("naam");
		}
		if (!Objects.equals(user.email(), after.email())) {
			changes.add("e-mailadres");
		}
		if (user.role() != after.role()) {
			changes.add("rol " + user.role().dutchName() + " → " + after.role().dutchName());
		}
		if (!Objects.equals(user.team(), after.team())) {
			changes.add("team " + (user.team() == null ? "geen" : user.team()) + " → "
					+ (after.team() == null ? "geen" : after.team()));
		}
		if (!user.expertise().equals(after.expertise())) {
			changes.add("expertise");
		}
		if (!Objects.equals(user.activeFrom(), after.activeFrom()) || !Objects.equals(user.activeUntil(), after.activeUntil())) {
			changes.add("actieve periode" + (period(after).isEmpty() ? ": onbeperkt" : period(after)));
		}
		return changes;
	}

	private static void requireAdministrator(CurrentUser admin) {
		if (admin.role() != Role.ADMINISTRATOR) {
			throw new IllegalArgumentException("Only an administrator keeps the user accounts");
		}
	}
}
