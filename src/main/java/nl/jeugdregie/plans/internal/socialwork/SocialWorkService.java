package nl.jeugdregie.plans.internal.socialwork;

import nl.jeugdregie.platform.text.Labels;
import static java.util.Comparator.comparing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.audit.ClientFileOpening;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.CaseAccessPolicy;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.plans.SocialWorkFirstConversationHeld;
import nl.jeugdregie.plans.SocialWorkRequestRegistered;
import nl.jeugdregie.plans.SocialWorkTrajectoryClosed;
import nl.jeugdregie.plans.SocialWorkTrajectoryId;
import nl.jeugdregie.plans.internal.futureplan.FuturePlanViews;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Individual social work for adults (PLAN-8, PLAN-9, ADR 0011): registration, question clarification in at most
 * the configured number of conversations, the trajectory (regular or steun en leun) and its closure with an exit
 * route. Only the team that registered a trajectory sees and changes it. Every read, change and refusal is
 * audited; steering gets the registration, the first conversation and the closure as events, without personal data.
 */
@Service
public class SocialWorkService {

	private final JdbcSocialWork trajectories;
	private final Norms norms;
	private final AuditTrail audit;
	private final Teams teams;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ClientFileOpening opening;

	SocialWorkService(JdbcSocialWork trajectories, Norms norms, AuditTrail audit, Teams teams,
			ApplicationEventPublisher events, Clock clock, ClientFileOpening opening) {
		this.opening = opening;
		this.trajectories = trajectories;
		this.norms = norms;
		this.audit = audit;
		this.teams = teams;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Outcome<UUID> register(SocialWorkCommands.NewTrajectory command, CurrentUser user) {
		if (!user.role().worksOnCases() || user.team() == null) {
			opening.recordRefusal(user, Labels.text("text.plans.socialWork.newTrajectory"),
					Labels.text("text.plans.socialWork.registrationRefused"));
			return Outcome.forbidden("socialwork.register.forbidden");
		}
		var refusals = SocialWorkInputPolicy.check(command, today());
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var registeredOn = command.registeredOn();
		var trajectory = new SocialWorkTrajectory(SocialWorkTrajectoryId.random(),
				trajectories.nextNumber(user.municipality(), registeredOn.getYear()), ClientId.random(), user.municipality(), user.team(),
				user.username(), command.residentName().strip(), command.residentDateOfBirth(), command.question().strip(),
				registeredOn, new TrajectoryState.Registered(), 0, List.of());
		trajectories.insert(trajectory, user.username(), clock.instant());
		audit.record(ClientFileAccess.created(user, trajectory.client(), trajectory.subject(),
				Labels.text("text.plans.socialWork.registered")));
		events.publishEvent(new SocialWorkRequestRegistered(trajectory.id(), trajectory.municipality(), registeredOn));
		return Outcome.done(trajectory.id().value());
	}

	@Transactional // read-write: the audit row of the read or refusal is written in this transaction (ADR 0019)
	FuturePlanViews.Opening<SocialWorkViews.Trajectory> open(SocialWorkTrajectoryId id, CurrentUser user, String what) {
		return switch (gate(id, user, what)) {
			case Gate.Allowed allowed -> {
				var trajectory = allowed.trajectory();
				var view = view(trajectory);
				opening.recordRead(trajectory, user, what);
				yield new FuturePlanViews.Opening.Opened<>(view);
			}
			case Gate.Refused refused -> refused.outcome() instanceof Outcome.NotFound<?>
					? new FuturePlanViews.Opening.NotFound<>() : new FuturePlanViews.Opening.Forbidden<>();
		};
	}

	/** PLAN-8: a conversation of the question clarification; the first one stops the first-conversation clock. */
	@Transactional
	public Outcome<UUID> recordClarificationConversation(SocialWorkTrajectoryId id, long expectedVersion,
			SocialWorkCommands.Conversation command, CurrentUser user) {
		return change(id, user, "Gesprek vraagverheldering vastleggen", trajectory -> {
			var terms = terms(trajectory);
			var refusal = ClarificationConversationLimit.check(trajectory.state(), trajectory.clarificationConversations(),
					terms.maxClarifications());
			if (refusal.isPresent()) {
				opening.recordRefusal(trajectory, user, "Gesprek vraagverheldering geweigerd: " + refusal.get().code());
				return Outcome.refused(List.of(refusal.get()));
			}
			var refusals = refusals(SocialWorkInputPolicy.check(command),
					SocialWorkDatePolicy.check("heldOn", command.heldOn(), trajectory.registeredOn(),
							trajectory.lastContactOn(), today()));
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			if (!trajectories.claim(id, expectedVersion)) {
				return Outcome.stale(trajectory.version());
			}
			var contact = new SocialWorkTrajectory.Contact(UUID.randomUUID(), ContactKind.CLARIFICATION, command.heldOn(),
					ContactInitiator.WORKER, command.summary().strip(), user.username());
			trajectories.insertContact(id, contact, clock.instant());
			var first = trajectory.state() instanceof TrajectoryState.Registered;
			if (first) {
				trajectories.saveState(id, new TrajectoryState.Clarifying(command.heldOn()));
			}
			audit.record(ClientFileAccess.updated(user, trajectory.client(), trajectory.subject(),
					Labels.text("text.plans.socialWork.clarificationConversation", trajectory.clarificationConversations() + 1)));
			if (first) {
				events.publishEvent(new SocialWorkFirstConversationHeld(id, trajectory.municipality(),
						trajectory.registeredOn(), command.heldOn()));
			}
			return Outcome.done(contact.id());
		});
	}

	/** PLAN-8, PLAN-9: the question is clear; a regular trajectory gets its end date, steun en leun its rhythm. */
	@Transactional
	public Outcome<UUID> completeClarification(SocialWorkTrajectoryId id, long expectedVersion,
			SocialWorkCommands.Clarified command, CurrentUser user) {
		return change(id, user, Labels.text("text.plans.socialWork.action.finishClarification"), trajectory -> {
			if (!(trajectory.state() instanceof TrajectoryState.Clarifying clarifying)) {
				return Outcome.refused(List.of(Refusal.of("clarifiedOn", "socialwork.state.wrong")));
			}
			var refusals = refusals(SocialWorkInputPolicy.check(command),
					SocialWorkDatePolicy.check("clarifiedOn", command.clarifiedOn(), trajectory.registeredOn(),
							trajectory.lastContactOn(), today()));
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			if (!trajectories.claim(id, expectedVersion)) {
				return Outcome.stale(trajectory.version());
			}
			var regular = command.trajectoryKind() == TrajectoryKind.REGULAR;
			var state = new TrajectoryState.InTrajectory(clarifying.firstConversationOn(), command.clarifiedOn(),
					command.clarifiedQuestion().strip(), command.trajectoryKind(),
					regular ? null : command.contactRhythmWeeks(),
					regular ? command.clarifiedOn().plus(terms(trajectory).duration()) : null);
			trajectories.saveState(id, state);
			audit.record(ClientFileAccess.updated(user, trajectory.client(), trajectory.subject(),
					Labels.text("text.plans.socialWork.clarificationFinished",
							command.trajectoryKind().dutchName().toLowerCase())));
			return Outcome.done(id.value());
		});
	}

	/** PLAN-8, PLAN-9: a contact (steun en leun: by the worker or the resident) or the evaluation. */
	@Transactional
	Outcome<UUID> recordContact(SocialWorkTrajectoryId id, long expectedVersion, SocialWorkCommands.NewContact command,
			CurrentUser user) {
		return change(id, user, "Contact vastleggen", trajectory -> {
			if (!(trajectory.state() instanceof TrajectoryState.InTrajectory running)) {
				return Outcome.refused(List.of(Refusal.of("contactOn", "socialwork.state.wrong")));
			}
			var refusals = refusals(SocialWorkInputPolicy.check(command),
					SocialWorkDatePolicy.check("contactOn", command.contactOn(), trajectory.registeredOn(),
							running.clarifiedOn(), today()));
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			if (!trajectories.claim(id, expectedVersion)) {
				return Outcome.stale(trajectory.version());
			}
			var contact = new SocialWorkTrajectory.Contact(UUID.randomUUID(), command.contactKind(), command.contactOn(),
					command.initiatedBy(), command.contactSummary().strip(), user.username());
			trajectories.insertContact(id, contact, clock.instant());
			audit.record(ClientFileAccess.updated(user, trajectory.client(), trajectory.subject(),
					Labels.text("text.plans.recorded", contact.kind().dutchName())));
			return Outcome.done(contact.id());
		});
	}

	/** PLAN-8: closure with the exit route, not before the last contact. */
	@Transactional
	Outcome<UUID> close(SocialWorkTrajectoryId id, long expectedVersion, SocialWorkCommands.Closure command,
			CurrentUser user) {
		return change(id, user, Labels.text("text.plans.socialWork.action.close"), trajectory -> {
			if (!trajectory.state().open()) {
				return Outcome.refused(List.of(Refusal.of("closedOn", "socialwork.state.wrong")));
			}
			var refusals = refusals(SocialWorkInputPolicy.check(command),
					SocialWorkDatePolicy.check("closedOn", command.closedOn(), trajectory.registeredOn(),
							lastStep(trajectory), today()));
			if (!refusals.isEmpty()) {
				return Outcome.refused(refusals);
			}
			if (!trajectories.claim(id, expectedVersion)) {
				return Outcome.stale(trajectory.version());
			}
			var clarifiedOn = trajectory.state() instanceof TrajectoryState.InTrajectory t ? t.clarifiedOn() : null;
			trajectories.saveState(id, new TrajectoryState.Closed(trajectory.state().firstConversation(), clarifiedOn,
					command.closedOn(), command.exitRoute()));
			audit.record(ClientFileAccess.updated(user, trajectory.client(), trajectory.subject(),
					Labels.text("text.plans.socialWork.closed", command.exitRoute().dutchName().toLowerCase())));
			events.publishEvent(new SocialWorkTrajectoryClosed(id, trajectory.municipality(), command.closedOn(),
					command.exitRoute()));
			return Outcome.done(id.value());
		});
	}

	/**
	 * PLAN-8: the team's open trajectories, most urgent first, and among them the evaluation reminders. Viewing it
	 * is audited as one read of the list.
	 */
	@Transactional // read-write: the audit row of the read is written in this transaction (ADR 0019)
	public SocialWorkViews.Worklist worklist(CurrentUser user) {
		if (user.team() == null || !user.role().worksOnCases()) {
			throw new IllegalArgumentException("Only case workers of a team have a worklist");
		}
		var team = teams.find(user.team()).orElseThrow();
		var open = trajectories.openOfTeam(team.id()).stream().map(this::view)
				.sorted(comparing((SocialWorkViews.Trajectory v) -> v.clock().signal())
						.thenComparing(v -> v.trajectory().registeredOn()))
				.toList();
		var reminders = open.stream().filter(v -> v.clock().signal().evaluationReminder()).toList();
		audit.record(new ClientFileAccess(user, null, "Werklijst maatschappelijk werk " + team.name(), AuditAction.READ,
				"Werklijst maatschappelijk werk bekeken (" + open.size() + " open)", null));
		return new SocialWorkViews.Worklist(team.name(), reminders, open);
	}

	/** The norms in force on the trajectory's registration date. */
	SocialWorkTerms terms(SocialWorkTrajectory trajectory) {
		return terms(trajectory.municipality(), trajectory.registeredOn());
	}

	SocialWorkTerms terms(MunicipalityCode municipality, LocalDate on) {
		return new SocialWorkTerms(norms.inEffect(municipality, NormKey.SOCIAL_WORK_MAX_CLARIFICATION_CONVERSATIONS, on).amount(),
				norms.inEffect(municipality, NormKey.SOCIAL_WORK_FIRST_CONVERSATION_TERM, on).asPeriod(),
				norms.inEffect(municipality, NormKey.SOCIAL_WORK_FIRST_CONVERSATION_SHARE, on).amount(),
				norms.inEffect(municipality, NormKey.SOCIAL_WORK_FIRST_CONVERSATION_LIMIT, on).asPeriod(),
				norms.inEffect(municipality, NormKey.SOCIAL_WORK_TRAJECTORY_DURATION, on).asPeriod(),
				norms.inEffect(municipality, NormKey.SOCIAL_WORK_EVALUATION_LEAD, on).asPeriod());
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private SocialWorkViews.Trajectory view(SocialWorkTrajectory trajectory) {
		var terms = terms(trajectory);
		return new SocialWorkViews.Trajectory(trajectory, SocialWorkClock.of(trajectory, terms, today()), terms);
	}

	private static LocalDate lastStep(SocialWorkTrajectory trajectory) {
		var last = trajectory.lastContactOn();
		var clarified = trajectory.state() instanceof TrajectoryState.InTrajectory t ? t.clarifiedOn() : null;
		if (last == null) {
			return clarified == null ? trajectory.registeredOn() : clarified;
		}
		return clarified != null && clarified.isAfter(last) ? clarified : last;
	}

	@SafeVarargs
	private static List<Refusal> refusals(List<Refusal> fields, Optional<Refusal>... dates) {
		var all = new java.util.ArrayList<>(fields);
		for (var date : dates) {
			date.ifPresent(all::add);
		}
		return List.copyOf(all);
	}

	private sealed interface Gate {
		record Allowed(SocialWorkTrajectory trajectory) implements Gate {}

		record Refused(Outcome<UUID> outcome) implements Gate {}
	}

	private Outcome<UUID> change(SocialWorkTrajectoryId id, CurrentUser user, String what,
			Function<SocialWorkTrajectory, Outcome<UUID>> work) {
		return switch (gate(id, user, what)) {
			case Gate.Allowed allowed -> work.apply(allowed.trajectory());
			case Gate.Refused refused -> refused.outcome();
		};
	}

	/** Only the trajectory's team; everyone else is refused (another municipality as not found), and audited. */
	private Gate gate(SocialWorkTrajectoryId id, CurrentUser user, String what) {
		var opened = opening.forChange(trajectories.find(id), user,
				trajectory -> CaseAccessPolicy.decide(user, trajectory.scope()),
				new ClientFileOpening.RefusalText(Labels.text("text.plans.refused", what),
						Labels.text("text.plans.socialWork.subject", String.valueOf(id)),
						Labels.text("text.plans.socialWork.refusedUnknown", what)));
		return opened instanceof Outcome.Done<SocialWorkTrajectory>(SocialWorkTrajectory trajectory)
				? new Gate.Allowed(trajectory) : new Gate.Refused(opened.passOn());
	}
}
