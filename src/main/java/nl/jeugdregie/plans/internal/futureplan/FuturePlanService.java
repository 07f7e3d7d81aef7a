package nl.jeugdregie.plans.internal.futureplan;

import static nl.jeugdregie.plans.internal.household.TextInputPolicy.stripped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.audit.ClientFileOpening;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.plans.HouseholdId;
import nl.jeugdregie.plans.internal.household.Household;
import nl.jeugdregie.plans.internal.household.HouseholdFile;
import nl.jeugdregie.plans.internal.household.TextInputPolicy;
import nl.jeugdregie.plans.internal.household.JdbcHouseholds;
import nl.jeugdregie.plans.internal.household.MemberRole;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.text.Labels;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import nl.jeugdregie.plans.internal.household.summary.HouseholdSummary;

/**
 * Future plans 18-/18+ (PLAN-4) of a household's young people, and the team's worklist of young people turning 18
 * without one. Only the household's case team and its case director see and change a future plan (a case worker
 * of another team reads the household with a reason, but not this plan). Every read, change and refusal is
 * audited.
 */
@Service
public class FuturePlanService {

	private final JdbcHouseholds households;
	private final JdbcFuturePlans plans;
	private final Norms norms;
	private final AuditTrail audit;
	private final Teams teams;
	private final Clock clock;
	private final ClientFileOpening opening;

	FuturePlanService(JdbcHouseholds households, JdbcFuturePlans plans, Norms norms, AuditTrail audit, Teams teams,
			Clock clock, ClientFileOpening opening) {
		this.opening = opening;
		this.households = households;
		this.plans = plans;
		this.norms = norms;
		this.audit = audit;
		this.teams = teams;
		this.clock = clock;
	}

	/** Whether the user may go on with a household, or what to answer instead; refusals are audited. */
	private sealed interface Gate {
		record Allowed(Household household) implements Gate {}

		record Refused(Outcome<UUID> outcome) implements Gate {}
	}

	@Transactional // read-write: the audit row of the read or refusal is written in this transaction (ADR 0019)
	FuturePlanViews.Opening<FuturePlanViews.Overview> overview(HouseholdId id, CurrentUser user, String what) {
		return switch (gate(id, user, what)) {
			case Gate.Allowed allowed -> {
				var household = allowed.household();
				var overview = overviewOf(household);
				opening.recordRead(household, user, what);
				yield new FuturePlanViews.Opening.Opened<>(overview);
			}
			case Gate.Refused refused -> refusedOpening(refused.outcome());
		};
	}

	@Transactional // read-write: the audit row of the read or refusal is written in this transaction (ADR 0019)
	FuturePlanViews.Opening<FuturePlanViews.PlanPage> plan(HouseholdId id, UUID planId, CurrentUser user, String what) {
		return switch (gate(id, user, what)) {
			case Gate.Allowed allowed -> {
				var household = allowed.household();
				var overview = overviewOf(household);
				var plan = plans.find(planId).filter(p -> p.householdId().equals(id.value()));
				if (plan.isEmpty()) {
					opening.recordRefusal(household, user, what + " geweigerd: onbekend toekomstplan");
					yield new FuturePlanViews.Opening.NotFound<>();
				}
				var youngPerson = overview.youngPeople().stream()
						.filter(p -> p.member().id().equals(plan.get().memberId())).findFirst().orElseThrow();
				opening.recordRead(household, user, what);
				yield new FuturePlanViews.Opening.Opened<>(
						new FuturePlanViews.PlanPage(overview.file(), plan.get(), youngPerson));
			}
			case Gate.Refused refused -> refusedOpening(refused.outcome());
		};
	}

	/** PLAN-4: a future plan for a young person of the household within the age range; refused otherwise. */
	@Transactional
	Outcome<UUID> create(HouseholdId id, FutureCommands.NewFuturePlan command, CurrentUser user) {
		return change(id, user, Labels.text("text.plans.futurePlan.action.make"), household -> {
			var refusals = FuturePlanInputPolicy.check(command);
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			var member = households.file(household).member(command.youngPerson())
					.filter(m -> m.role() == MemberRole.YOUNG_PERSON);
			if (member.isEmpty()) {
				return Outcome.refused(List.of(Refusal.of("youngPerson", "plans.future.youngPerson.unknown")));
			}
			var refusal = FuturePlanAgePolicy.check(member.get().dateOfBirth(), today(), ages(household.municipality()));
			if (refusal.isPresent()) {
				opening.recordRefusal(household, user, Labels.text("text.plans.futurePlan.ageRefused"));
				return Outcome.refused(List.of(refusal.get()));
			}
			if (plans.existsFor(member.get().id())) {
				return Outcome.refused(List.of(Refusal.of("youngPerson", "plans.future.youngPerson.hasPlan")));
			}
			var plan = new FuturePlan(UUID.randomUUID(), id.value(), member.get().id(), stripped(command.motivation()),
					user.username(), clock.instant(), 0, List.of(), List.of());
			plans.insert(plan);
			audit.record(ClientFileAccess.created(user, household.client(), household.subject(), Labels.text("text.plans.futurePlan.made")));
			return Outcome.done(plan.id());
		});
	}

	/** PLAN-4: what the plan says about a life domain; replaces what it said before. */
	@Transactional
	Outcome<UUID> saveDomain(HouseholdId id, UUID planId, long expectedVersion, FutureCommands.DomainEntry command,
			CurrentUser user) {
		return changePlan(id, planId, user, Labels.text("text.plans.futurePlan.action.recordDomain"), (household, plan) -> {
			var refusals = FuturePlanInputPolicy.check(command);
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			if (!plans.claim(planId, expectedVersion)) {
				return Outcome.stale(plan.version());
			}
			plans.saveDomain(planId, new FuturePlan.Domain(command.domain(), command.currentSituation().strip(),
					command.needed().strip(), stripped(command.networkDoes()), stripped(command.formalDoes()),
					user.username(), clock.instant()));
			audit.record(ClientFileAccess.updated(user, household.client(), household.subject(),
					Labels.text("text.plans.futurePlan.domainRecorded", command.domain().dutchName().toLowerCase())));
			return Outcome.done(planId);
		});
	}

	/** PLAN-4: a date around the 18th birthday. */
	@Transactional
	Outcome<UUID> addDate(HouseholdId id, UUID planId, long expectedVersion, FutureCommands.NewKeyDate command,
			CurrentUser user) {
		return changePlan(id, planId, user, Labels.text("text.plans.futurePlan.action.addDate"), (household, plan) -> {
			var refusals = FuturePlanInputPolicy.check(command);
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			if (!plans.claim(planId, expectedVersion)) {
				return Outcome.stale(plan.version());
			}
			var date = new FuturePlan.KeyDate(UUID.randomUUID(), command.dateKind(), command.dateOn(),
					command.dateDescription().strip());
			plans.insertDate(planId, date, user.username(), clock.instant());
			audit.record(ClientFileAccess.updated(user, household.client(), household.subject(),
					Labels.text("text.plans.futurePlan.dateAdded", date.kind().dutchName().toLowerCase())));
			return Outcome.done(date.id());
		});
	}

	/**
	 * PLAN-4: the team's young people who turn 18 within the horizon (a norm) and have no future plan, soonest
	 * first. Viewing it is audited as one read of the list.
	 */
	@Transactional // read-write: the audit row of the read is written in this transaction (ADR 0019)
	public FuturePlanViews.Worklist worklist(CurrentUser user) {
		if (user.team() == null || !user.role().worksOnCases()) {
			throw new IllegalArgumentException("Only case workers of a team have a worklist");
		}
		var team = teams.find(user.team()).orElseThrow();
		var today = today();
		var horizon = norms.inEffect(user.municipality(), NormKey.FUTURE_PLAN_HORIZON, today);
		var until = today.plus(horizon.asPeriod());
		var rows = plans.withoutPlan(team.id(), today.minusYears(18), until.minusYears(18)).stream()
				.map(p -> new FuturePlanViews.WorklistRow(p.householdId(), p.householdNumber(), p.memberId(), p.name(),
						p.dateOfBirth(), p.dateOfBirth().plusYears(18),
						ChronoUnit.DAYS.between(today, p.dateOfBirth().plusYears(18))))
				.toList();
		audit.record(new ClientFileAccess(user, null, "Werklijst toekomstplannen " + team.name(), AuditAction.READ,
				"Werklijst toekomstplannen bekeken (" + rows.size() + " jongeren)", null));
		return new FuturePlanViews.Worklist(team.name(), horizon.amount(), until, rows);
	}

	/**
	 * PLAN-4, for the household summary: each young person of the household with the 18th birthday and the future
	 * plan, if there is one. Reads only; the household was opened (and the read audited) by the caller.
	 */
	@Transactional(readOnly = true)
	public List<HouseholdSummary.YoungPersonLine> youngPeopleOf(HouseholdFile file) {
		var existing = plans.ofHousehold(file.household().id().value());
		return file.members().stream().filter(m -> m.role() == MemberRole.YOUNG_PERSON)
				.map(m -> new HouseholdSummary.YoungPersonLine(m.id(), m.name(),
						m.dateOfBirth() == null ? null : m.dateOfBirth().plusYears(18),
						existing.stream().filter(p -> p.memberId().equals(m.id())).map(FuturePlan::id).findFirst()
								.orElse(null)))
				.toList();
	}

	/** PLAN-4: the last 18th birthday that needs a future plan today: today plus the municipality's horizon. */
	public LocalDate futurePlanHorizon(MunicipalityCode municipality) {
		var today = today();
		return today.plus(norms.inEffect(municipality, NormKey.FUTURE_PLAN_HORIZON, today).asPeriod());
	}

	FuturePlanAgePolicy.AgeRange ages(MunicipalityCode municipality) {
		var today = today();
		return new FuturePlanAgePolicy.AgeRange(norms.inEffect(municipality, NormKey.FUTURE_PLAN_MIN_AGE, today).amount(),
				norms.inEffect(municipality, NormKey.FUTURE_PLAN_MAX_AGE, today).amount());
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private FuturePlanViews.Overview overviewOf(Household household) {
		var file = households.file(household);
		var ages = ages(household.municipality());
		var today = today();
		var existing = plans.ofHousehold(household.id().value());
		var youngPeople = file.members().stream().filter(m -> m.role() == MemberRole.YOUNG_PERSON)
				.map(m -> new FuturePlanViews.YoungPerson(m,
						m.dateOfBirth() == null ? null : FuturePlanAgePolicy.age(m.dateOfBirth(), today),
						m.dateOfBirth() == null ? null : m.dateOfBirth().plusYears(18),
						FuturePlanAgePolicy.check(m.dateOfBirth(), today, ages).isEmpty(),
						existing.stream().filter(p -> p.memberId().equals(m.id())).map(FuturePlan::id).findFirst()
								.orElse(null)))
				.toList();
		return new FuturePlanViews.Overview(file, youngPeople, ages);
	}

	private Outcome<UUID> changePlan(HouseholdId id, UUID planId, CurrentUser user, String what,
			java.util.function.BiFunction<Household, FuturePlan, Outcome<UUID>> work) {
		return change(id, user, what, household -> {
			var plan = plans.find(planId).filter(p -> p.householdId().equals(id.value()));
			if (plan.isEmpty()) {
				opening.recordRefusal(household, user, what + " geweigerd: onbekend toekomstplan");
				return Outcome.notFound();
			}
			return work.apply(household, plan.get());
		});
	}

	private Outcome<UUID> change(HouseholdId id, CurrentUser user, String what, Function<Household, Outcome<UUID>> work) {
		return switch (gate(id, user, what)) {
			case Gate.Allowed allowed -> work.apply(allowed.household());
			case Gate.Refused refused -> refused.outcome();
		};
	}

	/** Only the case team and the case director; everyone else is refused, and the refusal audited. */
	private Gate gate(HouseholdId id, CurrentUser user, String what) {
		var opened = opening.forChange(households.find(id), user, household -> household.accessOf(user),
				new ClientFileOpening.RefusalText(what + " geweigerd", "Huishouden " + id,
						what + " geweigerd: onbekend huishouden"));
		return opened instanceof Outcome.Done<Household>(Household household) ? new Gate.Allowed(household)
				: new Gate.Refused(opened.passOn());
	}

	private static <T> FuturePlanViews.Opening<T> refusedOpening(Outcome<UUID> outcome) {
		return outcome instanceof Outcome.NotFound<?> ? new FuturePlanViews.Opening.NotFound<>()
				: new FuturePlanViews.Opening.Forbidden<>();
	}
}
