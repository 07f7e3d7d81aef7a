package nl.jeugdregie.signin.internal.sso;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import nl.jeugdregie.identity.AdministrativeChange;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Outcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator sets up, changes or switches off the municipality's provider; every change is audited. */
@Service
class IdentityProviderAdministration {

	private final JdbcIdentityProviders providers;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	IdentityProviderAdministration(JdbcIdentityProviders providers, ApplicationEventPublisher events, Clock clock) {
		this.providers = providers;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Optional<IdentityProvider> current(CurrentUser admin) {
		return providers.of(admin.municipality());
	}

	/**
	 * Saves the settings for the administrator's own municipality. {@code expectedVersion}: the version the change was
	 * made on (-1 when none was set up yet); stale when someone else saved first.
	 */
	@Transactional
	Outcome<IdentityProvider> save(CurrentUser admin, IdentityProviderSettings settings, long expectedVersion) {
		if (admin.role() != Role.ADMINISTRATOR) {
			return Outcome.forbidden("sso.administratorOnly");
		}
		var existing = providers.of(admin.municipality());
		var refusals = settings.refusals(existing.isPresent());
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var current = existing.map(IdentityProvider::version).orElse(-1L);
		if (current != expectedVersion) {
			return Outcome.stale(current);
		}
		var secret = settings.clientSecret() == null || settings.clientSecret().isBlank()
				? existing.orElseThrow().clientSecret() : settings.clientSecret().strip();
		var provider = new IdentityProvider(admin.municipality(), settings.displayName().strip(),
				URI.create(settings.issuer().strip()), settings.clientId().strip(), secret, settings.claim(),
				settings.enabled(), settings.localLoginEnabled(), expectedVersion + 1);
		if (!providers.save(provider, expectedVersion, admin.username(), clock.instant())) {
			return Outcome.stale(providers.of(admin.municipality()).map(IdentityProvider::version).orElse(-1L));
		}
		var what = "Inlogdienst " + (existing.isPresent() ? "gewijzigd" : "ingesteld") + ": " + provider.displayName()
				+ " (" + provider.issuer() + "), " + (provider.enabled() ? "aan" : "uit") + ", inloggen met wachtwoord "
				+ (provider.localLoginEnabled() ? "toegestaan" : "uitgeschakeld");
		events.publishEvent(existing.isPresent()
				? AdministrativeChange.changed(admin, "inlogdienst:" + admin.municipality().value(), what)
				: AdministrativeChange.created(admin, "inlogdienst:" + admin.municipality().value(), what));
		return Outcome.done(provider);
	}
}
