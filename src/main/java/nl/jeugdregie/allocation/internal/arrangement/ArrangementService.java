package nl.jeugdregie.allocation.internal.arrangement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.allocation.internal.catalogue.ContractCoversProduct;
import nl.jeugdregie.allocation.internal.provider.Contract;
import nl.jeugdregie.allocation.internal.provider.Providers;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFile;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.audit.ClientFileOpening;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.CaseAccessPolicy;
import nl.jeugdregie.identity.CaseScope;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.intake.HelpRequestDirectory;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.plans.FamilyPlanGoals;
import nl.jeugdregie.platform.text.Labels;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOEW-2: the team of the help request makes the arrangement with the family and the providers: opens it (audited,
 * through {@link CaseAccessPolicy} like a help request), adds contracted products from a chosen provider, and records
 * the family's agreement. Every change names the version it was made on (stale: 409, nothing saved) and is audited in
 * its transaction. Other case workers of the municipality get 403, another municipality 404.
 */
@Service
public class ArrangementService {

	/** An opened arrangement with the help request's number and the family plan's goals. */
	public record Opened(Arrangement arrangement, String helpRequestNumber, List<FamilyPlanGoals.Goal> goals) {}

	/** What the trail says of a refused arrangement; a case worker of another team and a role without files get 403. */
	private static final ClientFileOpening.RefusalText REFUSAL = ClientFileOpening.RefusalText
			.of("Arrangement opvragen geweigerd", "Arrangement")
			.otherTeam("Arrangement van een ander team geweigerd", "allocation.arrangement.otherTeam")
			.role("allocation.arrangement.role");

	private final ArrangementRecords records;
	private final HelpRequestDirectory helpRequests;
	private final FamilyPlanGoals planGoals;
	private final Providers providers;
	private final AuditTrail audit;
	private final Clock clock;
	private final ClientFileOpening opening;

	ArrangementService(ArrangementRecords records, HelpRequestDirectory helpRequests, FamilyPlanGoals planGoals,
			Providers providers, AuditTrail audit, Clock clock, ClientFileOpening opening) {
		this.opening = opening;
		this.records = records;
		this.helpRequests = helpRequests;
		this.planGoals = planGoals;
		this.providers = providers;
		this.audit = audit;
		this.clock = clock;
	}

	/** The applications of the user's team, newest first (no personal data: numbers and dates). */
	@Transactional(readOnly = true)
	public List<Application> applications(CurrentUser user) {
		if (user.team() == null || !user.role().worksOnCases()) {
			return List.of();
		}
		return records.applicationsOfTeam(user.municipality(), user.team()).stream()
				.map(application -> new Application(application.helpRequest(), application.municipality(),
						application.team(), application.appliedOn(), application.arrangement(),
						helpRequests.find(application.helpRequest()).map(summary -> summary.number()).orElse(null)))
				.toList();
	}

	/** TOEW-2: starts the arrangement for a help request with an application (TOE-8); one per request. */
	@Transactional
	public Outcome<ArrangementId> start(CurrentUser user, HelpRequestId helpRequest) {
		var summary = helpRequests.find(helpRequest);
		if (summary.isEmpty()) {
			return Outcome.notFound();
		}
		var scope = new CaseScope(summary.get().municipality(), summary.get().team());
		var access = allowed(user, scope, "hulpvraag:" + helpRequest, null);
		if (access.isPresent()) {
			return access.get().map();
		}
		var existing = records.ofHelpRequest(helpRequest);
		if (existing.isPresent()) {
			return Outcome.done(existing.get());
		}
		if (records.application(helpRequest).isEmpty()) {
			return Outcome.refused(Refusal.ofWhole("allocation.arrangement.noApplication"));
		}
		var client = helpRequests.youngPersonOf(helpRequest).orElse(null);
		var arrangement = new Arrangement(new ArrangementId(UUID.randomUUID()), helpRequest, summary.get().municipality(),
				summary.get().team(), client, new ArrangementState.Composing(), List.of(), 0);
		try {
			records.insert(arrangement, user.username(), clock.instant());
		}
		catch (DuplicateKeyException simultaneous) {
			return records.ofHelpRequest(helpRequest).<Outcome<ArrangementId>>map(Outcome::done).orElseGet(Outcome::notFound);
		}
		if (client != null) {
			audit.record(ClientFileAccess.created(user, client, arrangement.subject(), "Arrangement gestart"));
		}
		return Outcome.done(arrangement.id());
	}

	/** Opens the arrangement for reading, audited. */
	@Transactional
	public Outcome<Opened> open(CurrentUser user, ArrangementId id) {
		var found = records.find(id);
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		var arrangement = found.get();
		var refused = allowed(user, new CaseScope(arrangement.municipality(), arrangement.team()), arrangement.subject(),
				arrangement.youngPerson() == null ? null : arrangement.youngPerson().value());
		if (refused.isPresent()) {
			return refused.get().map();
		}
		if (arrangement.youngPerson() != null) {
			audit.record(ClientFileAccess.read(user, arrangement.youngPerson(), arrangement.subject(), "Arrangement geopend",
					null));
		}
		var number = helpRequests.find(arrangement.helpRequest()).map(summary -> summary.number()).orElse("");
		var goals = planGoals.householdOf(arrangement.helpRequest()).map(planGoals::goalsOf).orElse(List.of());
		return Outcome.done(new Opened(arrangement, number, goals));
	}

	/** TOEW-2, TOEW-3: adds a product from a provider contracted for it on the start date. */
	@Transactional
	public Outcome<Arrangement> addLine(CurrentUser user, ArrangementId id, NewLine line) {
		return change(user, id, line.version(), arrangement -> {
			var contract = providers.contractsOf(user.municipality(), line.provider()).stream()
					.filter(candidate -> candidate.period().contains(line.period().from()) && candidate.covers(line.product()))
					.findFirst();
			if (contract.isEmpty()) {
				var any = providers.contractsOf(user.municipality(), line.provider()).stream().findFirst();
				var refusal = any.map((Contract c) -> new ContractCoversProduct().check(
						new ContractCoversProduct.Asked(c, line.product(), "product"))).flatMap(r -> r)
						.orElse(Refusal.of("product", "allocation.contract.productNotContracted"));
				return Outcome.refused(List.of(refusal));
			}
			var newLine = new ArrangementLine(UUID.randomUUID(), arrangement.lines().size() + 1, line.product(),
					line.provider(), contract.get().id(), line.volume(), line.period(), line.goal());
			return switch (arrangement.addLine(newLine)) {
				case Arrangement.Change.Allowed(var changed) -> saved(user, arrangement, changed,
						Labels.text("text.allocation.arrangement.productAdded"));
				case Arrangement.Change.NotNow(var code) -> Outcome.refused(Refusal.ofWhole(code));
			};
		});
	}

	/** TOEW-2: records that the young person or parents agree to the arrangement (the triangle). */
	@Transactional
	public Outcome<Arrangement> agree(CurrentUser user, ArrangementId id, long version, LocalDate on) {
		if (on.isAfter(LocalDate.now(clock))) {
			return Outcome.refused(Refusal.of("agreedOn", "allocation.arrangement.agreedInFuture"));
		}
		return change(user, id, version, arrangement -> switch (arrangement.agreeWithFamily(on, user.username())) {
			case Arrangement.Change.Allowed(var changed) -> saved(user, arrangement, changed, Labels.text("text.allocation.arrangement.familyConsent"));
			case Arrangement.Change.NotNow(var code) -> Outcome.refused(Refusal.ofWhole(code));
		});
	}

	/**
	 * For the decision feature: locks the arrangement after the same access check, or says why not. The caller runs
	 * in a transaction and saves with {@link #saveDecided}.
	 */
	public Outcome<Arrangement> lockForChange(CurrentUser user, ArrangementId id, long version) {
		var found = records.lock(id);
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		var arrangement = found.get();
		var refused = allowed(user, new CaseScope(arrangement.municipality(), arrangement.team()), arrangement.subject(),
				arrangement.youngPerson() == null ? null : arrangement.youngPerson().value());
		if (refused.isPresent()) {
			return refused.get().map();
		}
		return arrangement.version() == version ? Outcome.done(arrangement) : Outcome.stale(arrangement.version());
	}

	/** Saves the decided state; false when the version moved on (cannot happen while the row is locked). */
	public boolean saveDecided(Arrangement before, Arrangement after) {
		return records.save(before, after);
	}

	private interface ChangeOf {
		Outcome<Arrangement> apply(Arrangement arrangement);
	}

	private Outcome<Arrangement> change(CurrentUser user, ArrangementId id, long version, ChangeOf change) {
		return switch (lockForChange(user, id, version)) {
			case Outcome.Done<Arrangement>(var arrangement) -> change.apply(arrangement);
			case Outcome.Refused<Arrangement> refused -> refused;
			case Outcome.NotFound<Arrangement> notFound -> notFound;
			case Outcome.Forbidden<Arrangement> forbidden -> forbidden;
			case Outcome.Stale<Arrangement> stale -> stale;
		};
	}

	private Outcome<Arrangement> saved(CurrentUser user, Arrangement before, Arrangement after, String what) {
		if (!records.save(before, after)) {
			return Outcome.stale(before.version() + 1);
		}
		if (after.youngPerson() != null) {
			audit.record(ClientFileAccess.updated(user, after.youngPerson(), after.subject(), what));
		}
		var saved = new Arrangement(after.id(), after.helpRequest(), after.municipality(), after.team(), after.youngPerson(),
				after.state(), after.lines(), before.version() + 1);
		return Outcome.done(saved);
	}

	/** Why the user may not work on a file of this scope, audited as a refusal by the opening step; empty when allowed. */
	private Optional<Denied> allowed(CurrentUser user, CaseScope scope, String subject, @org.jspecify.annotations.Nullable UUID client) {
		var file = ClientFile.of(client == null ? null : new ClientId(client), subject, scope.municipality());
		return switch (opening.decide(file, user, CaseAccessPolicy.decide(user, scope), REFUSAL)) {
			case Outcome.Done<ClientFile> _ -> Optional.empty();
			case Outcome.NotFound<ClientFile> _ -> Optional.of(new Denied(true, ""));
			case Outcome.Forbidden<ClientFile>(var code) -> Optional.of(new Denied(false, code));
			case Outcome.Refused<ClientFile> _, Outcome.Stale<ClientFile> _ ->
					throw new IllegalStateException("Opening a file refuses nothing and is never stale");
		};
	}

	/** A refused access: not found (another municipality) or forbidden with its reason. */
	private record Denied(boolean notFound, String code) {

		<T> Outcome<T> map() {
			return notFound ? Outcome.notFound() : Outcome.forbidden(code);
		}
	}
}
