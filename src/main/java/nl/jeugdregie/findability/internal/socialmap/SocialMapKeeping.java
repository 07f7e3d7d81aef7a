package nl.jeugdregie.findability.internal.socialmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.findability.internal.publishing.PublicPageCache;
import nl.jeugdregie.findability.internal.socialmap.OrganizationRecords.Withdrawable;
import nl.jeugdregie.identity.AdministrativeChange;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.text.Labels;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * VIND-2 (ADR 0041): keeping the social map's organisations and locations, and withdrawing entries. The editor keeps
 * every organisation of the municipality and alone adds organisations and names the provider account keeping one; a
 * provider keeps its own (another's: Forbidden; another municipality's: NotFound). Nothing is deleted: a withdrawn
 * organisation, location or service leaves the public map from today and stays in the tables.
 */
@Service
class SocialMapKeeping {

	private static final String NOT_YOURS = "findability.service.notYours";

	private final OrganizationRecords records;
	private final SocialMapService map;
	private final SocialMapRepository services;
	private final PublicPageCache publicPages;
	private final Clock clock;

	private final ApplicationEventPublisher events;

	SocialMapKeeping(OrganizationRecords records, SocialMapService map, SocialMapRepository services,
			PublicPageCache publicPages, Clock clock, ApplicationEventPublisher events) {
		this.records = records;
		this.events = events;
		this.publicPages = publicPages;
		this.map = map;
		this.services = services;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<OrganizationEntry> organizations(CurrentUser user) {
		return records.current(user.municipality(), SocialMapService.isEditor(user) ? null : map.keptOrganizations(user));
	}

	@Transactional(readOnly = true)
	Outcome<OrganizationEntry> organization(CurrentUser user, UUID id) {
		var found = records.find(user.municipality(), id);
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		return map.keeps(user, id) ? Outcome.done(found.get()) : Outcome.forbidden(NOT_YOURS);
	}

	/** The organisation's current services, for its page. */
	@Transactional(readOnly = true)
	List<ServiceEntry> servicesOf(UUID organization) {
		return services.ofOrganizations(List.of(organization));
	}

	@Transactional
	Outcome<UUID> addOrganization(CurrentUser user, OrganizationForm form) {
		if (!SocialMapService.isEditor(user)) {
			return Outcome.forbidden(NOT_YOURS);
		}
		var refusals = OrganizationDetailsComplete.all(form);
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var id = services.insertOrganization(user.municipality(), ServiceForm.text(form.getName()),
				ServiceForm.text(form.getDescription()), ServiceForm.optional(form.getWebsite()),
				ServiceForm.optional(form.getEmail()), ServiceForm.optional(form.getPhone()));
		records.setProvider(id, ServiceForm.optional(form.getProvider()));
		publicPages.evict(user.municipality());
		return Outcome.done(id);
	}

	@Transactional
	Outcome<UUID> changeOrganization(CurrentUser user, UUID id, OrganizationForm form) {
		var access = mayKeepOrganization(user, id);
		if (access.isPresent()) {
			return access.get();
		}
		var version = records.lockOrganization(id);
		if (version.isEmpty()) {
			return Outcome.notFound();
		}
		if (version.get() != form.getVersion()) {
			return Outcome.stale(version.get());
		}
		List<Refusal> refusals = new ArrayList<>(OrganizationDetailsComplete.all(form));
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		records.updateOrganization(id, form, user.username(), clock.instant());
		if (SocialMapService.isEditor(user)) {
			records.setProvider(id, ServiceForm.optional(form.getProvider()));
		}
		publicPages.evict(user.municipality());
		return Outcome.done(id);
	}

	@Transactional(readOnly = true)
	Outcome<OrganizationEntry.Place> location(CurrentUser user, UUID id) {
		var owner = records.ownerOfLocation(user.municipality(), id);
		if (owner.isEmpty()) {
			return Outcome.notFound();
		}
		if (!map.keeps(user, owner.get())) {
			return Outcome.forbidden(NOT_YOURS);
		}
		return records.find(user.municipality(), owner.get()).flatMap(o -> o.locations().stream()
				.filter(p -> p.id().equals(id)).findFirst()).<Outcome<OrganizationEntry.Place>>map(Outcome::done)
				.orElseGet(Outcome::notFound);
	}

	@Transactional
	Outcome<UUID> addLocation(CurrentUser user, UUID organization, LocationForm form) {
		var access = mayKeepOrganization(user, organization);
		if (access.isPresent()) {
			return access.get();
		}
		if (records.lockOrganization(organization).isEmpty()) {
			return Outcome.notFound();
		}
		var refusals = LocationDetailsComplete.all(form);
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var id = services.insertLocation(organization, ServiceForm.text(form.getName()),
				ServiceForm.text(form.getAddress()), form.normalisedPostcode(), ServiceForm.text(form.getCity()),
				ServiceForm.text(form.getDistrict()));
		publicPages.evict(user.municipality());
		return Outcome.done(id);
	}

	@Transactional
	Outcome<UUID> changeLocation(CurrentUser user, UUID id, LocationForm form) {
		var owner = records.ownerOfLocation(user.municipality(), id);
		if (owner.isEmpty()) {
			return Outcome.notFound();
		}
		if (!map.keeps(user, owner.get())) {
			return Outcome.forbidden(NOT_YOURS);
		}
		var version = records.lockLocation(id);
		if (version.isEmpty()) {
			return Outcome.notFound();
		}
		if (version.get() != form.getVersion()) {
			return Outcome.stale(version.get());
		}
		var refusals = LocationDetailsComplete.all(form);
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		records.updateLocation(id, form);
		publicPages.evict(user.municipality());
		return Outcome.done(owner.get());
	}

	/**
	 * Withdraws an entry from today; answers the organisation it belonged to. Withdrawing again changes nothing and
	 * answers the same (a double submit of the check step).
	 */
	@Transactional
	Outcome<UUID> withdraw(CurrentUser user, Withdrawable what, UUID id) {
		var owner = switch (what) {
			case ORGANIZATION -> records.exists(user.municipality(), id) ? Optional.of(id) : Optional.<UUID>empty();
			case LOCATION -> records.ownerOfLocation(user.municipality(), id);
			case SERVICE -> records.ownerOfService(user.municipality(), id);
		};
		if (owner.isEmpty()) {
			return Outcome.notFound();
		}
		if (!map.keeps(user, owner.get()) || (what == Withdrawable.ORGANIZATION && !SocialMapService.isEditor(user))) {
			return Outcome.forbidden(NOT_YOURS);
		}
		if (records.withdraw(what, id, LocalDate.now(clock))) {
			records.recordHistory(user.municipality(), what, id, "WITHDRAWN", user.username(), clock.instant());
			events.publishEvent(AdministrativeChange.changed(user, subject(what, id), Labels.text("text.findability.socialMap.withdrawn")));
			publicPages.evict(user.municipality());
		}
		return Outcome.done(owner.get());
	}

	/** The withdrawn entries the user may bring back: the editor all of them, a provider those of its organisations. */
	@Transactional(readOnly = true)
	List<WithdrawnEntry> withdrawn(CurrentUser user) {
		return SocialMapService.isEditor(user) ? records.withdrawn(user.municipality(), null)
				: records.withdrawn(user.municipality(), map.keptOrganizations(user)).stream()
						.filter(e -> e.kind() != Withdrawable.ORGANIZATION).toList();
	}

	/** One entry for the check step of bringing it back, with the same access as bringing it back. */
	@Transactional(readOnly = true)
	Outcome<WithdrawnEntry> entry(CurrentUser user, Withdrawable what, UUID id) {
		var found = records.entry(user.municipality(), what, id);
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		return mayWithdrawOrRestore(user, what, found.get().organizationId()) ? Outcome.done(found.get())
				: Outcome.forbidden(NOT_YOURS);
	}

	/**
	 * VIND-2: brings a withdrawn entry back on the map, with the same access as withdrawing it (the editor every entry
	 * and alone organisations, a provider the locations and services of its own organisations); answers the
	 * organisation it belongs to. Bringing it back again changes nothing and answers the same; of two at the same
	 * moment one has the effect and one history row. A location or service of a withdrawn organisation is refused.
	 */
	@Transactional
	Outcome<UUID> restore(CurrentUser user, Withdrawable what, UUID id) {
		var found = records.entry(user.municipality(), what, id);
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		var organization = found.get().organizationId();
		if (!mayWithdrawOrRestore(user, what, organization)) {
			return Outcome.forbidden(NOT_YOURS);
		}
		var refusal = RestoreUnderCurrentOrganization.INSTANCE.check(new RestoreUnderCurrentOrganization.Restore(what,
				what != Withdrawable.ORGANIZATION && records.isWithdrawn(organization)));
		if (refusal.isPresent()) {
			return Outcome.refused(List.of(refusal.get()));
		}
		if (records.restore(what, id)) {
			records.recordHistory(user.municipality(), what, id, "RESTORED", user.username(), clock.instant());
			events.publishEvent(AdministrativeChange.changed(user, subject(what, id),
					Labels.text("text.findability.socialMap.restored", found.get().name())));
			publicPages.evict(user.municipality());
		}
		return Outcome.done(organization);
	}

	/** The audit subject of an entry, e.g. {@code sociale-kaart:service:…}. */
	static String subject(Withdrawable what, UUID id) {
		return "sociale-kaart:" + what.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
	}

	private boolean mayWithdrawOrRestore(CurrentUser user, Withdrawable what, UUID organization) {
		return map.keeps(user, organization) && (what != Withdrawable.ORGANIZATION || SocialMapService.isEditor(user));
	}

	private Optional<Outcome<UUID>> mayKeepOrganization(CurrentUser user, UUID organization) {
		if (!records.exists(user.municipality(), organization)) {
			return Optional.of(Outcome.notFound());
		}
		return map.keeps(user, organization) ? Optional.empty() : Optional.of(Outcome.forbidden(NOT_YOURS));
	}
}
