package nl.jeugdregie.plans.internal.followup;

import static nl.jeugdregie.plans.internal.household.TextInputPolicy.stripped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.audit.ClientFileOpening;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.plans.HouseholdId;
import nl.jeugdregie.plans.PlanEvaluated;
import nl.jeugdregie.plans.internal.household.HouseholdFile;
import nl.jeugdregie.plans.internal.household.HouseholdService;
import nl.jeugdregie.plans.internal.household.TextInputPolicy;
import nl.jeugdregie.plans.internal.household.JdbcHouseholds;
import nl.jeugdregie.plans.internal.plan.PlanGoal;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.text.Labels;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following a household's plan (PLAN-1, PLAN-5): MDOs that produce a plan version, progress on goals and
 * evaluations at an MDO, closure or handover. Only the case team and the household's director see and record
 * it; every read, change and refusal is audited, and each evaluation publishes {@link PlanEvaluated} (counts
 * only) for monitoring.
 */
@Service
class PlanFollowUpService {


	private final HouseholdService households;
	private final JdbcHouseholds store;
	private final JdbcPlanFollowUp followUps;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ClientFileOpening opening;

	PlanFollowUpService(HouseholdService households, JdbcHouseholds store, JdbcPlanFollowUp followUps,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock, ClientFileOpening opening) {
		this.opening = opening;
		this.households = households;
		this.store = store;
		this.followUps = followUps;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Opens the follow-up of a household for its case team or director; anyone else is refused and audited. */
	@Transactional // read-write: the audit row of the read or refusal is written in this transaction (ADR 0019)
	FollowUpOpening open(HouseholdId id, CurrentUser user, String what) {
		var refusal = new ClientFileOpening.RefusalText(what + " geweigerd", "Huishouden " + id,
				what + " geweigerd: onbekend huishouden");
		return switch (opening.forRead(store.find(id), user, household -> household.accessOf(user), refusal, what,
				household -> followUp(store.file(household)))) {
			case Outcome.Done<PlanFollowUp>(var followUp) -> new FollowUpOpening.Opened(followUp);
			case Outcome.NotFound<PlanFollowUp> _ -> new FollowUpOpening.NotFound();
			case Outcome.Forbidden<PlanFollowUp> _ -> new FollowUpOpening.Forbidden();
			case Outcome.Refused<PlanFollowUp> _, Outcome.Stale<PlanFollowUp> _ ->
					throw new IllegalStateException("Opening a file refuses nothing and is never stale");
		};
	}

	/**
	 * PLAN-1: records an MDO with its participants, agenda and decisions; it produces a new version of the plan.
	 * Refused without participants, without the family invited, or without a reason when no one of the family
	 * was there; a refusal saves nothing.
	 */
	@Transactional
	Outcome<UUID> recordMeeting(HouseholdId id, int expectedPlanVersion, FollowUpCommands.NewMeeting command,
			CurrentUser user) {
		return households.change(id, user, Labels.text("text.plans.action.recordMeeting"), household -> {
			var refusals = MeetingPolicy.check(command, today());
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			var plan = store.file(household).plan();
			if (!store.claimPlan(plan.id(), expectedPlanVersion)) {
				return Outcome.stale(plan.currentVersion());
			}
			var version = expectedPlanVersion + 1;
			var participants = command.filledInParticipants().stream()
					.map(p -> new PlanMeeting.Attendee(p.name().strip(), p.kind(), Boolean.TRUE.equals(p.present())))
					.toList();
			var familyPresent = command.filledInParticipants().stream().anyMatch(FollowUpCommands.Participant::familyPresent);
			var meeting = new PlanMeeting(UUID.randomUUID(), command.heldOn(), participants, command.agendaItems(),
					command.decisionItems(), familyPresent, familyPresent ? null : stripped(command.absenceReason()),
					version, command.nextMeetingOn(), user.username());
			var now = clock.instant();
			store.insertPlanVersion(plan.id(), version,
					Labels.text("text.plans.meeting.version", DutchFormat.date(meeting.heldOn()), meeting.decisions().size()),
					user.username(), now);
			followUps.insertMeeting(id, meeting, now);
			audit.record(ClientFileAccess.updated(user, household.client(), household.subject(),
					"MDO vastgelegd, samenwerkingsplan versie " + version));
			return Outcome.done(meeting.id());
		});
	}

	/** PLAN-5: progress on one goal of the plan, a score from 1 to 10 and a status, with date and who. */
	@Transactional
	Outcome<UUID> recordProgress(HouseholdId id, FollowUpCommands.NewProgress command, CurrentUser user) {
		return households.change(id, user, Labels.text("text.plans.action.recordProgress"), household -> {
			var plan = store.file(household).plan();
			var goals = plan.goals().stream().map(PlanGoal::id).collect(Collectors.toSet());
			var refusals = ProgressPolicy.check(command, goals, today());
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			var progress = new GoalProgress(UUID.randomUUID(), command.progressGoal(), command.measuredOn(),
					command.score(), command.status(), stripped(command.progressNote()), user.username());
			followUps.insertProgress(progress, clock.instant());
			audit.record(ClientFileAccess.updated(user, household.client(), household.subject(),
					Labels.text("text.plans.progress.recorded")));
			return Outcome.done(progress.id());
		});
	}

	/**
	 * PLAN-5: evaluates the plan at an MDO, at closure or at a handover with the goal counts of this moment and,
	 * at closure or handover, the CBS continuation outcome; publishes {@link PlanEvaluated} for monitoring.
	 */
	@Transactional
	Outcome<UUID> evaluate(HouseholdId id, FollowUpCommands.NewEvaluation command, CurrentUser user) {
		return households.change(id, user, Labels.text("text.plans.evaluation.action"), household -> {
			var followUp = followUp(store.file(household));
			var refusals = evaluationRefusals(followUp, command);
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			var moment = command.moment();
			var goals = followUp.realisation();
			var evaluation = new PlanEvaluation(UUID.randomUUID(), moment, command.evaluatedOn(),
					moment == EvaluationMoment.MDO ? command.meeting() : null, command.continuation(),
					stripped(command.remarks()), !Boolean.FALSE.equals(command.remarksInternal()), goals, user.username());
			followUps.insertEvaluation(id, evaluation, clock.instant());
			audit.record(ClientFileAccess.updated(user, household.client(), household.subject(),
					Labels.text("text.plans.evaluation.recorded", moment.dutchName().toLowerCase())));
			events.publishEvent(new PlanEvaluated(id, household.municipality(), household.team(),
					evaluation.evaluatedOn(), moment.published(), goals.agreed(), goals.realised(), goals.improved(),
					evaluation.continuation()));
			return Outcome.done(evaluation.id());
		});
	}

	/** PLAN-5: what is wrong with an evaluation of this plan, checked before saving and before the check step. */
	List<Refusal> evaluationRefusals(PlanFollowUp followUp, FollowUpCommands.NewEvaluation command) {
		var meetings = new HashSet<UUID>(followUp.meetings().stream().map(PlanMeeting::id).toList());
		return EvaluationPolicy.check(command, meetings, followUp.file().plan().goals().size(), followUp.closed(),
				today());
	}

	private PlanFollowUp followUp(HouseholdFile file) {
		var id = file.household().id();
		return new PlanFollowUp(file, followUps.meetings(id), followUps.progress(file.plan().id()),
				followUps.evaluations(id));
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}
}
