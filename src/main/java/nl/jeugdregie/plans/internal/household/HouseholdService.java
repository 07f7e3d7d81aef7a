package nl.jeugdregie.plans.internal.household;

import static nl.jeugdregie.plans.internal.household.TextInputPolicy.stripped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.audit.ClientFileOpening;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.audit.ReasonedRead;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.intake.HelpRequestDirectory;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.plans.CaseDirectorChanged;
import nl.jeugdregie.plans.HeavyStepCheck;
import nl.jeugdregie.plans.HouseholdId;
import nl.jeugdregie.plans.ProposedHeavyStep;
import nl.jeugdregie.plans.internal.heavystep.HeavyStepInputPolicy;
import nl.jeugdregie.plans.internal.heavystep.HeavyStepRefusals;
import nl.jeugdregie.plans.internal.heavystep.NormHeavyStepPolicies;
import nl.jeugdregie.plans.internal.heavystep.RecordedDocument;
import nl.jeugdregie.plans.internal.heavystep.RecordedHeavyStep;
import nl.jeugdregie.plans.internal.plan.PlanAction;
import nl.jeugdregie.plans.internal.plan.PlanGoal;
import nl.jeugdregie.plans.internal.plan.PlanInputPolicy;
import nl.jeugdregie.plans.internal.plan.PlanWish;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households, their case director and cooperation plan, and heavy steps (PLAN-1, PLAN-2, PLAN-3, PLAN-6,
 * PLAN-7). Only the household's case team and its case director see and change it; a case worker of another
 * team reads it with a reason. Every read, change and refusal is audited (SEC-2); changes record their audit
 * entry as the last step of their transaction.
 */
@Service
public class HouseholdService {

	private final JdbcHouseholds households;
	private final NormHeavyStepPolicies heavySteps;
	private final AuditTrail audit;
	private final Teams teams;
	private final UserAccounts accounts;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final HelpRequestDirectory helpRequests;
	private final ClientFileOpening opening;

	HouseholdService(JdbcHouseholds households, NormHeavyStepPolicies heavySteps, AuditTrail audit, Teams teams,
			UserAccounts accounts, ApplicationEventPublisher events, Clock clock, HelpRequestDirectory helpRequests,
			ClientFileOpening opening) {
		this.opening = opening;
		this.households = households;
		this.heavySteps = heavySteps;
		this.audit = audit;
		this.teams = teams;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
		this.helpRequests = helpRequests;
	}

	/** Creates a household for a help request, with the user as its first case director and an empty plan. */
	@Transactional
	public Outcome<UUID> create(Commands.NewHousehold command, CurrentUser user) {
		if (!user.role().worksOnCases() || user.team() == null) {
			opening.recordRefusal(user, "Nieuw huishouden", "Huishouden aanmaken geweigerd");
			return Outcome.forbidden("plans.household.create.forbidden");
		}
		var refusals = HouseholdInputPolicy.check(command);
		if (refusals.isEmpty()) {
			refusals = HelpRequestLinkPolicy.check(helpRequests.find(new HelpRequestId(command.helpRequest())),
					user.municipality());
		}
		if (refusals.isEmpty() && households.helpRequestLinked(command.helpRequest())) {
			refusals = List.of(Refusal.of("helpRequest", "plans.helpRequest.linked"));
		}
		var youngPerson = refusals.isEmpty()
				? helpRequests.youngPersonOf(new HelpRequestId(command.helpRequest())).orElse(null) : null;
		if (refusals.isEmpty()) {
			refusals = OneHouseholdPerYoungPerson.check("helpRequest",
					households.otherHouseholdOf(user.municipality(), null, null, youngPerson));
		}
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var now = clock.instant();
		var household = new Household(HouseholdId.random(), households.nextNumber(user.municipality(), today().getYear()), ClientId.random(),
				user.municipality(), user.team(), command.householdName().strip(), user.username(), user.username(), now, 0);
		households.insert(household);
		households.linkHelpRequest(household.id(), command.helpRequest(), youngPerson, user.username(), now);
		households.insertDirectorChange(household.id(),
				new DirectorChange(null, user.username(), user.username(), now, Labels.text("text.plans.director.atCreation")));
		var plan = UUID.randomUUID();
		households.insertPlan(plan, household.id());
		households.insertPlanVersion(plan, 1, Labels.text("text.plans.plan.created"), user.username(), now);
		audit.record(ClientFileAccess.created(user, household.client(), household.subject(),
				"Huishouden en samenwerkingsplan aangemaakt"));
		events.publishEvent(new CaseDirectorChanged(household.id(), household.municipality(), household.team(), null,
				user.username(), now));
		return Outcome.done(household.id().value());
	}

	/** Opens a household's file for reading, if the user may; the shared opening step records the read or the refusal. */
	@Transactional // read-write: the audit row of the read or refusal is written in this transaction (ADR 0019)
	HouseholdOpening open(HouseholdId id, CurrentUser user, @Nullable String reason, String what) {
		var text = new ClientFileOpening.ReadText(what, "Huishouden opvragen zonder reden: om een reden gevraagd",
				"Huishouden opvragen geweigerd", "Huishouden " + id, "Onbekend huishouden opgevraagd");
		return switch (opening.withReason(households.find(id), user, household -> household.accessOf(user), reason, text,
				households::file)) {
			case ReasonedRead.Opened<Household, HouseholdFile>(var file) -> new HouseholdOpening.Opened(file);
			case ReasonedRead.ReasonRequired<Household, HouseholdFile>(var household) ->
					new HouseholdOpening.ReasonRequired(household.id(), household.number());
			case ReasonedRead.NotFound<Household, HouseholdFile> _ -> new HouseholdOpening.NotFound();
			case ReasonedRead.Forbidden<Household, HouseholdFile> _ -> new HouseholdOpening.Forbidden();
		};
	}

	@Transactional
	public Outcome<UUID> addMember(HouseholdId id, long expectedVersion, Commands.NewMember command, CurrentUser user) {
		return change(id, user, Labels.text("text.plans.action.addMember"), household -> {
			var refusals = HouseholdInputPolicy.check(command, today());
			var bsn = command.bsnDigits();
			var youngPerson = refusals.isEmpty() && bsn != null
					? helpRequests.youngPersonWithBsn(household.municipality(), bsn).orElse(null) : null;
			if (refusals.isEmpty()) {
				refusals = OneHouseholdPerYoungPerson.check("memberBsn",
						households.otherHouseholdOf(household.municipality(), id, bsn, youngPerson));
			}
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			if (!households.claimHousehold(id, expectedVersion)) {
				return Outcome.stale(household.version());
			}
			var member = new HouseholdMember(UUID.randomUUID(), command.memberName().strip(), command.memberDateOfBirth(),
					command.memberRole(), stripped(command.memberRelation()));
			households.insertMember(id, member, bsn, youngPerson, user.username(), clock.instant());
			audit.record(ClientFileAccess.updated(user, household.client(), household.subject(),
					"Lid toegevoegd aan huishouden (" + member.role().dutchName().toLowerCase() + ")"));
			return Outcome.done(member.id());
		});
	}

	/** PLAN-3: the one case director changes only explicitly, with a reason, into the history. */
	@Transactional
	Outcome<UUID> changeDirector(HouseholdId id, long expectedVersion, Commands.NewDirector command, CurrentUser user) {
		return change(id, user, Labels.text("text.plans.action.changeDirector"), household -> {
			var candidates = directorCandidates(household.municipality()).keySet();
			var refusals = HouseholdInputPolicy.check(command, household.caseDirector(), candidates);
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			if (!households.claimHousehold(id, expectedVersion)) {
				return Outcome.stale(household.version());
			}
			var now = clock.instant();
			var director = command.director().strip();
			households.setDirector(id, director);
			households.insertDirectorChange(id,
					new DirectorChange(household.caseDirector(), director, user.username(), now, command.reason().strip()));
			audit.record(ClientFileAccess.updated(user, household.client(), household.subject(),
					Labels.text("text.plans.director.changed")));
			events.publishEvent(new CaseDirectorChanged(id, household.municipality(), household.team(),
					household.caseDirector(), director, now));
			return Outcome.done(id.value());
		});
	}

	/** PLAN-1: "ik wil, ik kan, ik heb nodig" of one person; a new plan version. */
	@Transactional
	Outcome<UUID> addWish(HouseholdId id, int expectedPlanVersion, Commands.NewWish command, CurrentUser user) {
		return change(id, user, Labels.text("text.plans.action.addWishes"), household -> {
			var file = households.file(household);
			var members = file.members().stream().map(HouseholdMember::id).collect(Collectors.toSet());
			var refusals = PlanInputPolicy.check(command, members);
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			var plan = file.plan();
			if (!households.claimPlan(plan.id(), expectedPlanVersion)) {
				return Outcome.stale(plan.currentVersion());
			}
			var version = expectedPlanVersion + 1;
			var member = file.member(command.wishMember()).orElseThrow();
			var wish = new PlanWish(UUID.randomUUID(), member.id(), stripped(command.wishWant()), stripped(command.wishCan()),
					stripped(command.wishNeed()), version);
			var now = clock.instant();
			households.insertPlanVersion(plan.id(), version,
					"Ik wil / ik kan / ik heb nodig van " + member.name() + " toegevoegd", user.username(), now);
			households.insertWish(plan.id(), wish, user.username(), now);
			audit.record(ClientFileAccess.updated(user, household.client(), household.subject(),
					"Samenwerkingsplan versie " + version + ": ik wil / ik kan / ik heb nodig toegevoegd"));
			return Outcome.done(wish.id());
		});
	}

	/** PLAN-2: a goal in a life domain with the family's priority and an owner; a new plan version. */
	@Transactional
	Outcome<UUID> addGoal(HouseholdId id, int expectedPlanVersion, Commands.NewGoal command, CurrentUser user) {
		return change(id, user, Labels.text("text.plans.action.addGoal"), household -> {
			var refusals = PlanInputPolicy.check(command);
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			var plan = households.file(household).plan();
			if (!households.claimPlan(plan.id(), expectedPlanVersion)) {
				return Outcome.stale(plan.currentVersion());
			}
			var version = expectedPlanVersion + 1;
			var goal = new PlanGoal(UUID.randomUUID(), command.lifeDomain(), command.goalDescription().strip(),
					command.priority(), command.owner(), stripped(command.ownerName()), version, List.of());
			var now = clock.instant();
			households.insertPlanVersion(plan.id(), version, Labels.text("text.plans.plan.goalAdded", goal.lifeDomain().dutchName()),
					user.username(), now);
			households.insertGoal(plan.id(), goal, user.username(), now);
			audit.record(ClientFileAccess.updated(user, household.client(), household.subject(),
					"Samenwerkingsplan versie " + version + ": doel toegevoegd"));
			return Outcome.done(goal.id());
		});
	}

	/** PLAN-2: who does what by when, for a goal; a new plan version. */
	@Transactional
	Outcome<UUID> addAction(HouseholdId id, int expectedPlanVersion, Commands.NewAction command, CurrentUser user) {
		return change(id, user, Labels.text("text.plans.action.addAction"), household -> {
			var plan = households.file(household).plan();
			var goals = plan.goals().stream().map(PlanGoal::id).collect(Collectors.toSet());
			var refusals = PlanInputPolicy.check(command, goals, today());
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			if (!households.claimPlan(plan.id(), expectedPlanVersion)) {
				return Outcome.stale(plan.currentVersion());
			}
			var version = expectedPlanVersion + 1;
			var action = new PlanAction(UUID.randomUUID(), command.actionGoal(), command.actionDescription().strip(),
					command.performer(), command.performerName().strip(), command.dueOn(), version);
			var now = clock.instant();
			households.insertPlanVersion(plan.id(), version, Labels.text("text.plans.plan.actionAdded"), user.username(), now);
			households.insertAction(plan.id(), action, user.username(), now);
			audit.record(ClientFileAccess.updated(user, household.client(), household.subject(),
					"Samenwerkingsplan versie " + version + ": actie toegevoegd"));
			return Outcome.done(action.id());
		});
	}

	/** PLAN-2: the family's agreement with the current version, in their own words. */
	@Transactional
	Outcome<UUID> recordAgreement(HouseholdId id, int expectedPlanVersion, Commands.FamilyAgreement command,
			CurrentUser user) {
		return change(id, user, Labels.text("text.plans.action.recordConsent"), household -> {
			var plan = households.file(household).plan();
			if (plan.currentVersion() != expectedPlanVersion) {
				return Outcome.stale(plan.currentVersion());
			}
			var refusals = PlanInputPolicy.check(command, today(), plan.current().agreementRecorded());
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			if (!households.holdPlan(plan.id(), expectedPlanVersion)) {
				return Outcome.stale(plan.currentVersion());
			}
			households.recordAgreement(plan.id(), expectedPlanVersion, command.familyAgrees(), command.agreedOn(),
					stripped(command.familyWords()), user.username());
			audit.record(ClientFileAccess.updated(user, household.client(), household.subject(),
					"Samenwerkingsplan versie " + expectedPlanVersion + ": akkoord van het gezin vastgelegd"));
			return Outcome.done(plan.id());
		});
	}

	/** PLAN-6, PLAN-7: an explanatory analysis, Eigen Kracht conference or family group plan. */
	@Transactional
	Outcome<UUID> recordDocument(HouseholdId id, Commands.NewDocument command, CurrentUser user) {
		return change(id, user, Labels.text("text.plans.action.recordDocument"), household -> {
			var refusals = HeavyStepInputPolicy.check(command, today());
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			var document = new RecordedDocument(UUID.randomUUID(), command.documentKind(), command.documentDate(),
					command.outcome().strip(), user.username(), clock.instant());
			households.insertDocument(id, document);
			audit.record(ClientFileAccess.updated(user, household.client(), household.subject(),
					Labels.text("text.plans.recorded", document.kind().dutchName())));
			return Outcome.done(document.id());
		});
	}

	/**
	 * Issue 13, item 2: the check step before a heavy step (a key decision) applies the same rules as recording it
	 * and saves nothing; {@code Saved} (with the household's id) means the step may be recorded.
	 */
	@Transactional
	Outcome<UUID> checkHeavyStep(HouseholdId id, Commands.NewHeavyStep command, CurrentUser user) {
		return change(id, user, Labels.text("text.plans.action.checkHeavyStep"), household -> {
			var refusal = heavyStepRefusal(id, household, command, user);
			return refusal != null ? refusal : Outcome.done(id.value());
		});
	}

	/** PLAN-6, PLAN-7: records a heavy step only when the rules allow it; a refusal saves nothing. */
	@Transactional
	Outcome<UUID> recordHeavyStep(HouseholdId id, Commands.NewHeavyStep command, CurrentUser user) {
		return change(id, user, Labels.text("text.plans.action.recordHeavyStep"), household -> {
			var refusal = heavyStepRefusal(id, household, command, user);
			if (refusal != null) {
				return refusal;
			}
			var step = new ProposedHeavyStep(command.stepKind(), command.decidedOn(), command.supportFrom(),
					command.supportUntil());
			var recorded = new RecordedHeavyStep(UUID.randomUUID(), step.kind(), step.decidedOn(), step.supportFrom(),
					step.supportUntil(), user.username(), clock.instant());
			households.insertHeavyStep(id, recorded);
			audit.record(ClientFileAccess.updated(user, household.client(), household.subject(),
					Labels.text("text.plans.recorded", recorded.kind().dutchName())));
			return Outcome.done(recorded.id());
		});
	}

	/** Why a heavy step may not be recorded (input or the heavy-step rules, audited), or null when it may. */
	private @Nullable Outcome<UUID> heavyStepRefusal(HouseholdId id, Household household, Commands.NewHeavyStep command,
			CurrentUser user) {
		var refusals = HeavyStepInputPolicy.check(command, today());
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var step = new ProposedHeavyStep(command.stepKind(), command.decidedOn(), command.supportFrom(),
				command.supportUntil());
		var documents = households.documents(id).stream().map(RecordedDocument::forRules).toList();
		if (heavySteps.check(household.municipality(), step, documents) instanceof HeavyStepCheck.Refused refused) {
			opening.recordRefusal(household, user, Labels.text("text.plans.heavyStep.refused", step.kind().dutchName(),
					refused.refusals().stream().map(r -> r.code()).collect(Collectors.joining(", "))));
			return Outcome.refused(HeavyStepRefusals.of(refused.refusals()));
		}
		return null;
	}

	/**
	 * Runs a change when the user may change the household: its case team or its case director. Anyone else is
	 * refused, and the refusal is audited. Also used by {@code PlanFollowUpService}.
	 */
	public Outcome<UUID> change(HouseholdId id, CurrentUser user, String what, Function<Household, Outcome<UUID>> work) {
		var opened = opening.forChange(households.find(id), user, household -> household.accessOf(user),
				new ClientFileOpening.RefusalText(what + " geweigerd", "Huishouden " + id,
						what + " geweigerd: onbekend huishouden"));
		return opened.then(work::apply);
	}

	/**
	 * PLAN-3: the young people in more than one household that involve the team lead's team, to merge; never
	 * deleted. Only a team lead; the read is audited as one read of the list.
	 */
	@Transactional // read-write: the audit row of the read or refusal is written in this transaction (ADR 0019)
	Optional<List<DuplicateYoungPerson>> duplicates(CurrentUser user) {
		if (user.role() != Role.TEAM_LEAD || user.team() == null) {
			opening.recordRefusal(user, "Dubbele gezinnen", "Lijst dubbele gezinnen geweigerd");
			return Optional.empty();
		}
		var list = households.youngPeopleInMoreThanOneHousehold(user.municipality()).stream()
				.filter(duplicate -> duplicate.involves(user.team())).toList();
		audit.record(new ClientFileAccess(user, null, "Dubbele gezinnen", AuditAction.READ,
				"Lijst jeugdigen in meer dan één huishouden bekeken (" + list.size() + ")", null));
		return Optional.of(list);
	}

	/** The case workers of the municipality, by username, who can be case director. */
	Map<String, CaseWorker> directorCandidates(MunicipalityCode municipality) {
		var candidates = new LinkedHashMap<String, CaseWorker>();
		for (var team : teams.ofMunicipality(municipality)) {
			for (var worker : accounts.ofTeam(team.id())) {
				if (worker.role().worksOnCases()) {
					candidates.put(worker.username(), new CaseWorker(worker.username(), worker.displayName(), team.name()));
				}
			}
		}
		return candidates;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Instant now() {
		return clock.instant();
	}
}
