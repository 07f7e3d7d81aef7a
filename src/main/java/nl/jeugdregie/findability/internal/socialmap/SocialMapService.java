package nl.jeugdregie.findability.internal.socialmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.findability.AllocationLink;
import nl.jeugdregie.findability.ServiceWaitingTimes;
import nl.jeugdregie.findability.internal.publishing.PublicPageCache;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * VIND-2: the social map. Residents and professionals search it; the municipality's editor keeps every entry and a
 * provider only its own organisations' entries; saving or confirming an entry sets its last-confirmed date, and
 * entries not confirmed within the dated norm {@link NormKey#SOCIAL_MAP_CONFIRMATION_VALIDITY} are listed for
 * follow-up. Waiting times reported for an allocation link are shown with their date.
 */
@Service
public class SocialMapService implements ServiceWaitingTimes {

	static final int MAX_RESULTS = 100;

	private final SocialMapRepository map;
	private final OrganizationRecords organizations;
	private final PublicPageCache publicPages;
	private final Norms norms;
	private final Clock clock;

	SocialMapService(SocialMapRepository map, OrganizationRecords organizations, PublicPageCache publicPages, Norms norms,
			Clock clock) {
		this.map = map;
		this.organizations = organizations;
		this.publicPages = publicPages;
		this.norms = norms;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional(readOnly = true)
	public List<ServiceEntry> search(MunicipalityCode municipality, SocialMapQuery query) {
		return map.search(municipality, query, MAX_RESULTS);
	}

	@Transactional(readOnly = true)
	public Optional<ServiceEntry> find(MunicipalityCode municipality, UUID id) {
		return map.find(municipality, id);
	}

	@Transactional(readOnly = true)
	public List<ServiceEntry> all(MunicipalityCode municipality) {
		return map.ofMunicipality(municipality);
	}

	@Transactional(readOnly = true)
	public List<ServiceEntry.Theme> themes() {
		return map.themes();
	}

	@Transactional(readOnly = true)
	public List<String> districts(MunicipalityCode municipality) {
		return map.districts(municipality);
	}

	/** The first day an entry still counts as confirmed: today minus the norm in force today. */
	LocalDate confirmationLimit(MunicipalityCode municipality) {
		var today = today();
		return today.minus(norms.inEffect(municipality, NormKey.SOCIAL_MAP_CONFIRMATION_VALIDITY, today).asPeriod());
	}

	/** The entries the user keeps: every entry for the editor, its own organisations' for a provider. */
	@Transactional(readOnly = true)
	List<ServiceEntry> kept(CurrentUser user) {
		return switch (keeper(user)) {
			case Keeper.Editor e -> map.ofMunicipality(user.municipality());
			case Keeper.Provider p -> map.ofOrganizations(p.organizations());
			case Keeper.None n -> throw new IllegalArgumentException("Only editors and providers keep the social map");
		};
	}

	/** VIND-2: the entries not confirmed within the norm, oldest first, of those the user keeps. */
	@Transactional(readOnly = true)
	List<ServiceEntry> followUp(CurrentUser user) {
		var limit = confirmationLimit(user.municipality());
		return kept(user).stream().filter(entry -> entry.confirmedBefore(limit))
				.sorted(java.util.Comparator.comparing(ServiceEntry::lastConfirmedOn)).toList();
	}

	@Transactional(readOnly = true)
	Outcome<ServiceEntry> keptEntry(CurrentUser user, UUID id) {
		var found = map.find(user.municipality(), id);
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		return mayKeep(user, found.get()) ? Outcome.done(found.get()) : Outcome.forbidden("findability.service.notYours");
	}

	@Transactional
	Outcome<UUID> change(CurrentUser user, UUID id, ServiceForm form) {
		var found = map.find(user.municipality(), id);
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		if (!mayKeep(user, found.get())) {
			return Outcome.forbidden("findability.service.notYours");
		}
		var version = map.lockVersion(id).orElseThrow();
		if (version != form.getVersion()) {
			return Outcome.stale(version);
		}
		var places = placesOf(user, found.get().organizationId(), form);
		var refusals = serviceRefusals(form, places);
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		map.update(id, form.change(today()), user.username(), clock.instant());
		if (form.getLocations() != null) {
			organizations.setServiceLocations(id, places.chosen());
		}
		publicPages.evict(user.municipality());
		return Outcome.done(id);
	}

	/** VIND-2: a new service of a kept organisation, at some of its locations, confirmed today. */
	@Transactional
	Outcome<UUID> addService(CurrentUser user, UUID organization, ServiceForm form) {
		if (!organizations.exists(user.municipality(), organization)) {
			return Outcome.notFound();
		}
		if (!keeps(user, organization)) {
			return Outcome.forbidden("findability.service.notYours");
		}
		if (organizations.lockOrganization(organization).isEmpty()) {
			return Outcome.refused(List.of(Refusal.ofWhole("findability.withdrawn")));
		}
		var places = placesOf(user, organization, form);
		var refusals = serviceRefusals(form, places);
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var id = map.insertService(organization, form.change(today()), places.chosen(), user.username(), clock.instant());
		publicPages.evict(user.municipality());
		return Outcome.done(id);
	}

	private List<Refusal> serviceRefusals(ServiceForm form, Places places) {
		var known = new HashSet<String>(map.themes().stream().map(ServiceEntry.Theme::code).toList());
		var refusals = new ArrayList<>(ServiceDetailsComplete.all(new ServiceDetailsComplete.Input(form, known)));
		new AllocationLinkComplete().check(form).ifPresent(refusals::add);
		if (places.unknown()) {
			refusals.add(Refusal.of("locations", "findability.service.locations.unknown"));
		}
		return refusals;
	}

	/** The chosen locations, each a current location of the organisation; anything else is "unknown". */
	private Places placesOf(CurrentUser user, UUID organization, ServiceForm form) {
		var own = organizations.find(user.municipality(), organization).map(o -> o.locations().stream()
				.map(OrganizationEntry.Place::id).map(UUID::toString).toList()).orElse(List.of());
		var chosen = form.getLocations() == null ? List.<String>of() : form.getLocations().stream().distinct().toList();
		return new Places(own.containsAll(chosen), chosen.stream().filter(own::contains).map(UUID::fromString).toList());
	}

	private record Places(boolean known, List<UUID> chosen) {
		boolean unknown() {
			return !known;
		}
	}

	/** Whether the user keeps the organisation's entries: the editor all of the municipality, a provider its own. */
	boolean keeps(CurrentUser user, UUID organization) {
		return switch (keeper(user)) {
			case Keeper.Editor e -> true;
			case Keeper.Provider p -> p.organizations().contains(organization);
			case Keeper.None n -> false;
		};
	}

	/** Only the municipality's editor adds organisations and names the provider account keeping one. */
	static boolean isEditor(CurrentUser user) {
		return user.role() == Role.EDITOR;
	}

	/** The organisations the user keeps: every current one for the editor, its own for a provider. */
	List<UUID> keptOrganizations(CurrentUser user) {
		return switch (keeper(user)) {
			case Keeper.Editor e -> organizations.current(user.municipality(), null).stream().map(OrganizationEntry::id).toList();
			case Keeper.Provider p -> p.organizations();
			case Keeper.None n -> List.of();
		};
	}

	@Transactional
	Outcome<UUID> confirm(CurrentUser user, UUID id) {
		var found = map.find(user.municipality(), id);
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		if (!mayKeep(user, found.get())) {
			return Outcome.forbidden("findability.service.notYours");
		}
		map.lockVersion(id);
		map.confirm(id, today(), user.username(), clock.instant());
		publicPages.evict(user.municipality());
		return Outcome.done(id);
	}

	@Override
	@Transactional
	public int record(AllocationLink link, int weeks, LocalDate reportedOn) {
		if (weeks < 0 || weeks > 520) {
			throw new IllegalArgumentException("A waiting time lies between 0 and 520 weeks");
		}
		var services = map.servicesLinkedTo(link.agbCode(), link.productCategory());
		services.forEach(service -> map.recordWaitingTime(service, weeks, reportedOn, clock.instant()));
		if (!services.isEmpty()) {
			// A link may be shared by services of several municipalities: every public site shows the new wait.
			publicPages.evictAll();
		}
		return services.size();
	}

	/** Demo data: an organisation with its locations and services, optionally kept by a provider's account. */
	@Transactional
	public UUID addOrganization(MunicipalityCode municipality, NewOrganization organization) {
		var id = map.insertOrganization(municipality, organization.name(), organization.description(),
				organization.website(), organization.email(), organization.phone());
		if (organization.provider() != null) {
			map.addEditor(id, organization.provider());
		}
		var locations = organization.locations().stream().map(l -> map.insertLocation(id, l.name(), l.address(),
				l.postcode(), l.city(), l.district())).toList();
		for (var service : organization.services()) {
			map.insertService(id, new ServiceChange(service.name(), service.description(), service.minAge(),
					service.maxAge(), service.phone(), null, service.link(), service.themes(), service.confirmedOn()),
					locations, "demo", clock.instant());
		}
		publicPages.evict(municipality);
		return id;
	}

	/** An organisation to add, HSDS-style, with its locations and services (every service at every location). */
	public record NewOrganization(String name, String description, @Nullable String website, @Nullable String email,
			@Nullable String phone, @Nullable String provider, List<NewLocation> locations, List<NewService> services) {}

	public record NewLocation(String name, String address, String postcode, String city, String district) {}

	public record NewService(String name, String description, int minAge, int maxAge, @Nullable String phone,
			@Nullable AllocationLink link, List<String> themes, LocalDate confirmedOn) {}

	private boolean mayKeep(CurrentUser user, ServiceEntry entry) {
		return switch (keeper(user)) {
			case Keeper.Editor e -> true;
			case Keeper.Provider p -> p.organizations().contains(entry.organizationId());
			case Keeper.None n -> false;
		};
	}

	private Keeper keeper(CurrentUser user) {
		return switch (user.role()) {
			case EDITOR -> new Keeper.Editor();
			case PROVIDER -> new Keeper.Provider(map.organizationsOf(user.municipality(), user.username()));
			case YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT, POLICY_OFFICER, ADMINISTRATOR, PRIVACY_OFFICER,
					COMPULSORY_EDUCATION_OFFICER, REGIONAL_ADMINISTRATOR -> new Keeper.None();
		};
	}

	/** Who keeps which entries. */
	private sealed interface Keeper {
		record Editor() implements Keeper {}

		record Provider(List<UUID> organizations) implements Keeper {}

		record None() implements Keeper {}
	}

	static boolean isKeeperRole(Role role) {
		return role == Role.EDITOR || role == Role.PROVIDER;
	}
}
