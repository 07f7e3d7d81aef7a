package nl.jeugdregie.identity.internal.municipalities;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import nl.jeugdregie.identity.AdministrativeChange;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.signin.SecondStepRecovery;
import nl.jeugdregie.identity.internal.AdminSaving;
import nl.jeugdregie.identity.internal.Saved;
import nl.jeugdregie.identity.internal.TakenName;
import nl.jeugdregie.identity.internal.users.InitialPasswords;
import nl.jeugdregie.identity.internal.users.UserInputPolicy;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14 item 2 (ADR 0042): the regional administrator lists the municipalities of her region, adds one, and gives
 * a municipality its first administrator, whose one-time password is shown once. She sees no client data and no
 * municipality's teams or users; a municipality outside her region is not found. Every change is audited in its
 * transaction. A taken CBS code or username is refused by the database, also under a race, and the municipality row
 * is locked while its first administrator is added, so two at once give one administrator.
 */
@Service
class MunicipalityAdministration {

	static final Refusal NO_REGION = Refusal.ofWhole("identity.admin.municipality.noRegion");

	private final MunicipalityRecords municipalities;
	private final PasswordEncoder passwords;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final ObjectProvider<SecondStepRecovery> secondSteps;

	MunicipalityAdministration(MunicipalityRecords municipalities, PasswordEncoder passwords,
			ApplicationEventPublisher events, PlatformTransactionManager transactions,
			ObjectProvider<SecondStepRecovery> secondSteps) {
		this.secondSteps = secondSteps;
		this.municipalities = municipalities;
		this.passwords = passwords;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The region the administrator keeps: her own municipality's, never a parameter. */
	Optional<Region> region(CurrentUser admin) {
		requireRegionalAdministrator(admin);
		return municipalities.regionOf(admin.municipality());
	}

	List<RegionalMunicipality> list(CurrentUser admin) {
		return region(admin).map(municipalities::ofRegion).orElse(List.of());
	}

	Optional<RegionalMunicipality> find(CurrentUser admin, @Nullable String cbsCode) {
		var code = MunicipalityInputPolicy.codeOf(cbsCode);
		return code == null ? Optional.empty() : region(admin).flatMap(r -> municipalities.find(r, code, false));
	}

	/** Checks a new municipality without saving, for the check step. */
	List<Refusal> checkMunicipality(@Nullable String cbsCode, @Nullable String name) {
		return MunicipalityInputPolicy.check(cbsCode, name);
	}

	Outcome<Saved> create(CurrentUser admin, @Nullable String cbsCode, @Nullable String rawName) {
		var problems = MunicipalityInputPolicy.check(cbsCode, rawName);
		var code = MunicipalityInputPolicy.codeOf(cbsCode);
		if (!problems.isEmpty() || code == null || rawName == null) {
			return Outcome.refused(problems);
		}
		var region = region(admin);
		if (region.isEmpty()) {
			return Outcome.refused(NO_REGION);
		}
		var name = rawName.strip();
		return saving(() -> {
			municipalities.insert(region.get(), code, name);
			events.publishEvent(AdministrativeChange.created(admin, subject(code), "Gemeente toegevoegd: "
					+ MunicipalityInputPolicy.cbsCode(code) + " " + name + ", regio " + region.get().name()));
			return Outcome.done(Saved.of(MunicipalityInputPolicy.cbsCode(code), 0, "identity.admin.saved.municipality.created", name));
		});
	}

	/** Checks a first administrator without saving, for the check step. */
	List<Refusal> checkAdministrator(@Nullable String username, @Nullable String name, @Nullable String email) {
		return UserInputPolicy.checkAdministrator(tidy(username), tidy(name), email(email));
	}

	/** A municipality's first administrator, with a one-time password shown once; refused once it has one. */
	Outcome<Saved> createFirstAdministrator(CurrentUser admin, @Nullable String cbsCode, @Nullable String rawUsername,
			@Nullable String rawName, @Nullable String rawEmail) {
		var region = region(admin);
		var code = MunicipalityInputPolicy.codeOf(cbsCode);
		// Another region's municipality is not found, whatever the body says.
		if (region.isEmpty() || code == null || municipalities.find(region.get(), code, false).isEmpty()) {
			return Outcome.notFound();
		}
		var username = tidy(rawUsername);
		var name = tidy(rawName);
		var email = email(rawEmail);
		var problems = UserInputPolicy.checkAdministrator(username, name, email);
		if (!problems.isEmpty() || username == null || name == null || email == null) {
			return Outcome.refused(problems);
		}
		var oneTimePassword = InitialPasswords.next();
		return saving(() -> {
			var municipality = municipalities.find(region.get(), code, true);
			if (municipality.isEmpty()) {
				return Outcome.notFound();
			}
			var refusals = FirstAdministratorPolicy.check(municipalities.administratorAccounts(code));
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			municipalities.insertAdministrator(code, username, passwords.encode(oneTimePassword), name, email);
			events.publishEvent(AdministrativeChange.created(admin, "gebruiker:" + username, "Eerste applicatiebeheerder "
					+ "aangemaakt voor gemeente " + MunicipalityInputPolicy.cbsCode(code) + " " + municipality.get().name()
					+ "; eenmalig wachtwoord uitgegeven"));
			return Outcome.done(Saved.of(username, 0, "identity.admin.saved.municipality.firstAdministrator", name,
					municipality.get().name()).withOneTimePassword(oneTimePassword));
		});
	}

	/** The administrator accounts of a municipality of her region, to help one back in; empty for another region's. */
	List<MunicipalAdministrator> administrators(CurrentUser admin, @Nullable String cbsCode) {
		var municipality = find(admin, cbsCode);
		if (municipality.isEmpty()) {
			return List.of();
		}
		return municipalities.administrators(municipality.get().code()).stream().map(this::withSecondStep).toList();
	}

	/** One administrator account of a municipality of her region. */
	Optional<MunicipalAdministrator> administrator(CurrentUser admin, @Nullable String cbsCode, String username) {
		if (username.indexOf('\0') >= 0) {
			return Optional.empty();
		}
		return find(admin, cbsCode).flatMap(m -> municipalities.administrator(m.code(), username, false))
				.map(this::withSecondStep);
	}

	/**
	 * A new one-time password for an administrator who lost her first one before her first login (ADR 0045),
	 * shown once; her account row is locked and must still have {@code version}, so of two at once one password is
	 * issued and the other request is told someone was first.
	 */
	Outcome<Saved> newOneTimePassword(CurrentUser admin, @Nullable String cbsCode, String username, long version) {
		var oneTimePassword = InitialPasswords.next();
		return helping(admin, cbsCode, username, (municipality, account) -> {
			if (account.version() != version) {
				return Outcome.stale(account.version());
			}
			var refusals = RegionalRecoveryPolicy.newOneTimePassword(account.enabled(), account.passwordChangeRequired());
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			if (!municipalities.setOneTimePassword(municipality.code(), username, version, passwords.encode(oneTimePassword))) {
				return Outcome.stale(account.version());
			}
			events.publishEvent(AdministrativeChange.changed(admin, "gebruiker:" + username, "Nieuw eenmalig wachtwoord "
					+ "uitgegeven door de regiobeheerder voor de applicatiebeheerder van gemeente "
					+ municipality.cbsCode() + " " + municipality.name() + " (nog niet ingelogd)"));
			return Outcome.done(Saved.of(username, version + 1, "identity.admin.saved.recovery.newPassword",
					account.displayName()).withOneTimePassword(oneTimePassword));
		});
	}

	/**
	 * Removes the second step of an administrator who is locked out of it (lost phone, or too many wrong codes), so
	 * she sets it up again at her next login; recorded by module signin. Of two at once, one removes it.
	 */
	Outcome<Saved> resetSecondStep(CurrentUser admin, @Nullable String cbsCode, String username) {
		var recovery = secondSteps.getIfAvailable();
		if (recovery == null) {
			return Outcome.notFound();
		}
		return helping(admin, cbsCode, username, (municipality, account) -> {
			var refusals = RegionalRecoveryPolicy.resetSecondStep(account.enabled(), recovery.state(username));
			if (!refusals.isEmpty() || !recovery.reset(admin, username)) {
				return Outcome.refused(refusals.isEmpty() ? List.of(RegionalRecoveryPolicy.NO_SECOND_STEP) : refusals);
			}
			return Outcome.done(Saved.of(username, account.version(), "identity.admin.saved.recovery.secondStepReset",
					account.displayName()));
		});
	}

	private interface Help {
		Outcome<Saved> apply(RegionalMunicipality municipality, MunicipalityRecords.AdministratorRow account);
	}

	/** In one transaction: the municipality of her region and its administrator account, locked; else not found. */
	private Outcome<Saved> helping(CurrentUser admin, @Nullable String cbsCode, String username, Help help) {
		var region = region(admin);
		var code = MunicipalityInputPolicy.codeOf(cbsCode);
		if (region.isEmpty() || code == null || username.indexOf('\0') >= 0) {
			return Outcome.notFound();
		}
		return saving(() -> {
			var municipality = municipalities.find(region.get(), code, false);
			if (municipality.isEmpty()) {
				return Outcome.notFound();
			}
			return municipalities.administrator(code, username, true)
					.map(account -> help.apply(municipality.get(), account))
					.orElseGet(Outcome::notFound);
		});
	}

	private MunicipalAdministrator withSecondStep(MunicipalityRecords.AdministratorRow row) {
		var recovery = secondSteps.getIfAvailable();
		return new MunicipalAdministrator(row.username(), row.displayName(), row.enabled(), row.passwordChangeRequired(),
				row.version(), recovery == null ? SecondStepRecovery.State.NOT_SET_UP : recovery.state(row.username()));
	}

	private Outcome<Saved> saving(Supplier<Outcome<Saved>> work) {
		return AdminSaving.saving(transaction, work, taken -> String.valueOf(taken.getMessage()).contains("municipality_pkey")
				? TakenName.of("code", "cbsCode") : TakenName.of("username", "username"));
	}

	private static String subject(MunicipalityCode code) {
		return "gemeente:" + code.value();
	}

	private static @Nullable String tidy(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static @Nullable String email(@Nullable String email) {
		var tidy = tidy(email);
		return tidy == null ? null : tidy.toLowerCase(Locale.ROOT);
	}

	private static void requireRegionalAdministrator(CurrentUser admin) {
		if (admin.role() != Role.REGIONAL_ADMINISTRATOR) {
			throw new IllegalArgumentException("Only a regional administrator keeps the region's municipalities");
		}
	}
}
