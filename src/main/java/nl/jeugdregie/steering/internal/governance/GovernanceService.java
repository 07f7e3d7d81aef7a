package nl.jeugdregie.steering.internal.governance;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.steering.internal.agenda.AgendaAlert;
import nl.jeugdregie.steering.internal.agenda.AgendaSources;
import nl.jeugdregie.steering.internal.assignment.Amounts;
import nl.jeugdregie.steering.internal.assignment.Assignment;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.steering.internal.assignment.SteeringRepository;
import nl.jeugdregie.steering.internal.assignment.SteeringService;
import nl.jeugdregie.steering.internal.assignment.TargetGroup;
import nl.jeugdregie.steering.internal.assignment.TypeOfWork;
import nl.jeugdregie.steering.internal.financing.Budget;
import nl.jeugdregie.steering.internal.financing.BudgetCapStatus;
import nl.jeugdregie.steering.internal.financing.FinancingCategory;
import nl.jeugdregie.steering.internal.financing.FinancingWithinBudgetCap;
import nl.jeugdregie.steering.internal.financing.StatedFigureComparison;
import nl.jeugdregie.steering.internal.report.DutchDates;
import nl.jeugdregie.steering.internal.report.ProgressReport;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The governance of the assignment (STU-6) and its yearly versions (STU-1, STU-2): the meeting rhythm and calendar,
 * meetings with an agenda prepared from what changed since the previous meeting of the type, minutes and decisions,
 * new assignment requests with an impact analysis and a decision. Policy officers and administrators change;
 * providers read. Each refusal leaves nothing half-saved (one transaction, checks first).
 */
@Service
public class GovernanceService {

	static final int MAX_MINUTES = 4000;
	/** The message code of "you may not do this" (answered as 403). */
	static final String NOT_PERMITTED = "steering.refusal." + SteeringService.NOT_PERMITTED;
	/**
	 * The refusals because of the state rather than the input (the API answers them with 409, not 400): no
	 * assignment yet, a meeting or year that exists, an agenda or request already dealt with, a meeting not yet
	 * held, minutes someone else recorded first.
	 */
	private static final Set<String> STATE_CONFLICTS = Set.of("meeting.noAssignment", "meeting.exists",
			"agenda.alreadyRecorded", "minutes.notYetHeld", "minutes.changedMeanwhile", "decision.alreadyDecided",
			"year.exists").stream().map(code -> "steering.refusal." + code).collect(java.util.stream.Collectors.toSet());

	private final SteeringRepository steering;
	private final GovernanceRepository governance;
	private final AgendaSources sources;
	private final Teams teams;
	private final Clock clock;
	private final MeetingFrequencyPolicy frequencyCheck = new MeetingFrequencyPolicy();
	private final MeetingDatePolicy dateCheck = new MeetingDatePolicy();
	private final ImpactAnalysisPolicy impactCheck = new ImpactAnalysisPolicy();
	private final RequestDecisionPolicy decisionCheck = new RequestDecisionPolicy();
	private final FinancingWithinBudgetCap budgetCap = new FinancingWithinBudgetCap();

	GovernanceService(SteeringRepository steering, GovernanceRepository governance, AgendaSources sources, Teams teams,
			Clock clock) {
		this.steering = steering;
		this.governance = governance;
		this.sources = sources;
		this.teams = teams;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional(readOnly = true)
	GovernanceOverview overview(CurrentUser user) {
		var rhythms = governance.rhythms(user.municipality());
		var meetings = governance.meetings(user.municipality());
		return new GovernanceOverview(municipalityName(user), steering.latestAssignment(user.municipality()).orElse(null),
				today(), GovernanceCalendar.of(rhythms, meetings, today()), meetings, rhythms);
	}

	@Transactional(readOnly = true)
	Optional<MeetingDetail> meeting(CurrentUser user, long id) {
		return governance.meeting(user.municipality(), id)
				.map(meeting -> new MeetingDetail(meeting, governance.agenda(meeting.id()), today()));
	}

	/** The first meeting after today, the one whose agenda is being prepared. */
	@Transactional(readOnly = true)
	Optional<Meeting> nextMeeting(CurrentUser user) {
		return governance.meetings(user.municipality()).stream().filter(meeting -> !meeting.heldBy(today())).findFirst();
	}

	/** STU-6: a new frequency for a meeting type of the municipality. */
	@Transactional
	Outcome<Long> changeRhythm(CurrentUser user, @Nullable String typeName, @Nullable Integer frequency,
			@Nullable Integer anchorMonth) {
		if (!SteeringService.mayEdit(user)) {
			return Outcome.forbidden(NOT_PERMITTED);
		}
		var type = MeetingType.parse(typeName);
		if (type == null) {
			return Outcome.notFound();
		}
		var refusals = frequencyCheck.check(frequency, anchorMonth);
		if (!refusals.isEmpty() || frequency == null) {
			return Outcome.refused(refusals);
		}
		var current = governance.rhythms(user.municipality()).stream().filter(rhythm -> rhythm.type() == type)
				.findFirst().orElseThrow();
		governance.saveRhythm(user.municipality(), new MeetingRhythm(type, current.kind(), frequency, anchorMonth),
				user.username(), clock.instant());
		return Outcome.done(0L);
	}

	/**
	 * STU-6: plans a meeting and prepares its agenda from what changed since the previous meeting of the type:
	 * risks with effect 6 or more, norms missed or at risk, budget deviations and new assignment requests.
	 */
	@Transactional
	Outcome<Long> planMeeting(CurrentUser user, @Nullable String typeName, @Nullable String day) {
		if (!SteeringService.mayEdit(user)) {
			return Outcome.forbidden(NOT_PERMITTED);
		}
		var assignment = steering.latestAssignment(user.municipality());
		if (assignment.isEmpty()) {
			return Outcome.refused(Refusal.ofWhole("steering.refusal.meeting.noAssignment"));
		}
		var refusals = new ArrayList<Refusal>();
		var type = MeetingType.parse(typeName);
		if (type == null) {
			refusals.add(Refusal.of("type", "steering.refusal.meeting.type.missing"));
		}
		var date = DutchDates.parse(day).orElse(null);
		if (date == null && !DutchDates.blank(day)) {
			refusals.add(Refusal.of("date", "steering.refusal.date.malformed"));
		}
		else {
			refusals.addAll(dateCheck.check(date, assignment.get().year(), today()));
		}
		if (!refusals.isEmpty() || type == null || date == null) {
			return Outcome.refused(refusals);
		}
		if (governance.meetingExists(user.municipality(), type, date)) {
			return Outcome.refused(Refusal.of("date", "steering.refusal.meeting.exists", type.dutchName()));
		}
		var since = governance.previousMeeting(user.municipality(), type, date).orElse(null);
		var id = governance.addMeeting(user.municipality(), assignment.get(), type, date, since, user.username(),
				clock.instant());
		governance.replaceAgenda(id, agenda(assignment.get(), since));
		return Outcome.done(id);
	}

	/** STU-6: prepares the agenda again from the changes up to now, as long as nothing has been recorded on it. */
	@Transactional
	Outcome<Long> refreshAgenda(CurrentUser user, long meetingId) {
		if (!SteeringService.mayEdit(user)) {
			return Outcome.forbidden(NOT_PERMITTED);
		}
		var meeting = governance.meeting(user.municipality(), meetingId);
		if (meeting.isEmpty()) {
			return Outcome.notFound();
		}
		if (meeting.get().recordedItems() > 0) {
			return Outcome.refused(Refusal.ofWhole("steering.refusal.agenda.alreadyRecorded"));
		}
		var assignment = steering.assignment(meeting.get().assignmentId()).orElseThrow();
		governance.replaceAgenda(meetingId, agenda(assignment, meeting.get().changesSince()));
		return Outcome.done(meetingId);
	}

	/** STU-6: the minutes and the decision on an agenda item of a meeting that has taken place. */
	@Transactional
	Outcome<Long> record(CurrentUser user, long meetingId, long itemId, @Nullable String minutes,
			@Nullable String decision) {
		if (!SteeringService.mayEdit(user)) {
			return Outcome.forbidden(NOT_PERMITTED);
		}
		var meeting = governance.meeting(user.municipality(), meetingId);
		var item = meeting.flatMap(found -> governance.item(found.id(), itemId));
		if (item.isEmpty()) {
			return Outcome.notFound();
		}
		if (!meeting.get().heldBy(today())) {
			return Outcome.refused(Refusal.ofWhole("steering.refusal.minutes.notYetHeld"));
		}
		var minutesText = minutes == null ? "" : minutes.strip();
		var decisionText = decision == null ? "" : decision.strip();
		var refusals = new ArrayList<Refusal>();
		if (minutesText.isEmpty() && decisionText.isEmpty()) {
			refusals.add(Refusal.of("minutes", "steering.refusal.minutes.missing"));
		}
		if (minutesText.length() > MAX_MINUTES) {
			refusals.add(Refusal.of("minutes", "steering.refusal.minutes.tooLong", MAX_MINUTES));
		}
		if (decisionText.length() > MAX_MINUTES) {
			refusals.add(Refusal.of("decision", "steering.refusal.minutes.tooLong", MAX_MINUTES));
		}
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		if (!governance.record(item.get(), minutesText, decisionText, user.username(), clock.instant())) {
			return Outcome.refused(Refusal.ofWhole("steering.refusal.minutes.changedMeanwhile"));
		}
		return Outcome.done(itemId);
	}

	@Transactional(readOnly = true)
	List<AssignmentRequest> requests(CurrentUser user) {
		return steering.latestAssignment(user.municipality()).map(governance::requests).orElse(List.of());
	}

	@Transactional(readOnly = true)
	Optional<AssignmentRequest> request(CurrentUser user, long id) {
		return governance.request(user.municipality(), id);
	}

	@Transactional(readOnly = true)
	List<TypeOfWork> typesOfWork(CurrentUser user) {
		return steering.latestAssignment(user.municipality()).map(steering::typesOfWork).orElse(List.of());
	}

	/** STU-6: a new assignment request with its impact analysis (memo 001 6.3). */
	@Transactional
	Outcome<Long> submitRequest(CurrentUser user, RequestInput input) {
		if (!SteeringService.mayEdit(user)) {
			return Outcome.forbidden(NOT_PERMITTED);
		}
		var assignment = steering.latestAssignment(user.municipality());
		if (assignment.isEmpty()) {
			return Outcome.refused(Refusal.ofWhole("steering.refusal.meeting.noAssignment"));
		}
		var result = impactCheck.check(input.title(), input.currentSituation(), input.desiredSituation(), input.fit(),
				input.fte(), input.budget(), input.sourceOfFunds(), input.targetGroup());
		var refusals = new ArrayList<Refusal>();
		if (result instanceof ImpactAnalysisPolicy.Invalid invalid) {
			refusals.addAll(invalid.refusals());
		}
		Long typeId = input.typeOfWorkId();
		if (typeId != null && steering.typeOfWork(user.municipality(), typeId)
				.filter(type -> type.assignmentId() == assignment.get().id()).isEmpty()) {
			refusals.add(Refusal.of("typeOfWorkId", "steering.refusal.impact.typeOfWork.unknown"));
		}
		if (!refusals.isEmpty() || !(result instanceof ImpactAnalysisPolicy.Valid valid)) {
			return Outcome.refused(refusals);
		}
		return Outcome.done(
				governance.addRequest(assignment.get(), valid, typeId, user.username(), clock.instant()));
	}

	/**
	 * STU-6, STU-7: accepts or rejects a request with a reason and a date. An accepted request becomes part of the
	 * assignment: a financing line on its type of work, or a new type of work with its line; refused, with nothing
	 * saved, when that would take the total over the budget cap.
	 */
	@Transactional
	Outcome<Long> decide(CurrentUser user, long requestId, @Nullable String decision, @Nullable String reason,
			@Nullable String day) {
		if (!SteeringService.mayEdit(user)) {
			return Outcome.forbidden(NOT_PERMITTED);
		}
		var request = governance.request(user.municipality(), requestId);
		if (request.isEmpty()) {
			return Outcome.notFound();
		}
		var date = DutchDates.parse(day).orElse(null);
		if (date == null && !DutchDates.blank(day)) {
			return Outcome.refused(Refusal.of("date", "steering.refusal.date.malformed"));
		}
		var submittedOn = request.get().submittedAt().atZone(clock.getZone()).toLocalDate();
		var result = decisionCheck.check(request.get(), decision, reason, date, submittedOn, today());
		if (result instanceof RequestDecisionPolicy.Invalid invalid) {
			return Outcome.refused(invalid.refusals());
		}
		var valid = (RequestDecisionPolicy.Valid) result;
		if (valid.decision() == AssignmentRequest.Status.ACCEPTED) {
			var refusal = addToAssignment(user, request.get());
			if (refusal != null) {
				return Outcome.refused(refusal);
			}
		}
		if (!governance.decide(request.get(), valid, user.username())) {
			throw new ConcurrentDecisionException();
		}
		return Outcome.done(requestId);
	}

	/** STU-1, STU-2: the next year's assignment as a copy of the latest one, unless that year already exists. */
	@Transactional
	Outcome<Long> startNextYear(CurrentUser user, @Nullable Integer year) {
		if (!SteeringService.mayEdit(user)) {
			return Outcome.forbidden(NOT_PERMITTED);
		}
		var latest = steering.latestAssignment(user.municipality());
		if (latest.isEmpty()) {
			return Outcome.refused(Refusal.ofWhole("steering.refusal.meeting.noAssignment"));
		}
		var next = latest.get().year() + 1;
		if (year != null && year <= latest.get().year()) {
			return Outcome.refused(Refusal.of("year", "steering.refusal.year.exists", year));
		}
		if (year != null && year != next) {
			return Outcome.refused(Refusal.of("year", "steering.refusal.year.notNext", next));
		}
		steering.lock(latest.get());
		if (governance.assignmentOfYear(user.municipality(), next).isPresent()) {
			return Outcome.refused(Refusal.of("year", "steering.refusal.year.exists", next));
		}
		var title = latest.get().title().replace(String.valueOf(latest.get().year()), String.valueOf(next));
		if (title.equals(latest.get().title())) {
			title = title + " " + next;
		}
		return Outcome.done(governance.copy(latest.get(), next, title, user.username(), clock.instant()));
	}

	/** STU-1: a type of work an administrator or policy officer adds to the latest assignment. */
	@Transactional
	Outcome<Long> addTypeOfWork(CurrentUser user, @Nullable String name, @Nullable String targetGroup,
			@Nullable String desiredSituation) {
		if (!SteeringService.mayEdit(user)) {
			return Outcome.forbidden(NOT_PERMITTED);
		}
		var assignment = steering.latestAssignment(user.municipality());
		if (assignment.isEmpty()) {
			return Outcome.refused(Refusal.ofWhole("steering.refusal.meeting.noAssignment"));
		}
		var refusals = new ArrayList<Refusal>();
		var text = name == null ? "" : name.strip();
		if (text.isEmpty()) {
			refusals.add(Refusal.of("name", "steering.refusal.typeOfWork.name.missing"));
		}
		else if (text.length() > SteeringService.MAX_LABEL_LENGTH) {
			refusals.add(Refusal.of("name", "steering.refusal.label.tooLong", SteeringService.MAX_LABEL_LENGTH));
		}
		var group = targetGroup(targetGroup);
		if (group == null) {
			refusals.add(Refusal.of("targetGroup", "steering.refusal.targetGroup.missing"));
		}
		var desired = desiredSituation == null ? "" : desiredSituation.strip();
		if (desired.isEmpty()) {
			refusals.add(Refusal.of("desiredSituation", "steering.refusal.typeOfWork.desiredSituation.missing"));
		}
		if (refusals.isEmpty() && governance.typeOfWorkCodeExists(assignment.get(), code(text))) {
			refusals.add(Refusal.of("name", "steering.refusal.typeOfWork.name.exists"));
		}
		if (!refusals.isEmpty() || group == null) {
			return Outcome.refused(refusals);
		}
		return Outcome.done(governance.addTypeOfWork(assignment.get(), code(text), text, group, desired));
	}

	/**
	 * STU-6: the half-yearly progress report (half 1 or 2) or, with {@code half} null, the yearly council overview,
	 * from the year's assignment (or the latest before it). Empty when there is no assignment.
	 */
	@Transactional(readOnly = true)
	Optional<ProgressReport> report(CurrentUser user, int year, @Nullable Integer half) {
		var assignment = governance.assignmentOfYear(user.municipality(), year)
				.or(() -> steering.latestAssignment(user.municipality()).filter(latest -> latest.year() <= year));
		if (assignment.isEmpty()) {
			return Optional.empty();
		}
		var from = half == null || half == 1 ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 7, 1);
		var to = half == null || half == 2 ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 6, 30);
		var title = (half == null ? "Raadsinformatie: jaaroverzicht " + year : "Voortgangsrapportage " + half
				+ "e halfjaar " + year) + ", gemeente " + municipalityName(user);
		var found = assignment.get();
		var budget = Budget.of(steering.financingLines(found));
		var stated = steering.statedFigures(found);
		var types = steering.typesOfWork(found).stream().map(type -> new ProgressReport.TypeSection(type,
				steering.goals(type), budget.of(type.id()), stated.stream()
						.filter(figure -> Long.valueOf(type.id()).equals(figure.typeOfWorkId())).findFirst()
						.map(figure -> new StatedFigureComparison(figure.label(), figure.fte(), figure.cents(),
								budget.of(type.id())))
						.orElse(null)))
				.toList();
		var meetings = governance.meetings(user.municipality()).stream()
				.filter(meeting -> !meeting.date().isBefore(from) && !meeting.date().isAfter(to))
				.map(meeting -> new ProgressReport.MeetingSection(meeting, governance.agenda(meeting.id()))).toList();
		var requests = governance.requests(found).stream().filter(request -> request.decidedOn() == null
				|| !request.decidedOn().isBefore(from) && !request.decidedOn().isAfter(to)).toList();
		return Optional.of(new ProgressReport(title, municipalityName(user), found, from, to, types,
				steering.risks(found), budget, new BudgetCapStatus(found.budgetCapCents(), budget.overall().cents()),
				meetings, requests));
	}

	/** The request as a financing line of the assignment; a refusal when it would go over the cap. */
	private @Nullable Refusal addToAssignment(CurrentUser user, AssignmentRequest request) {
		var assignment = steering.assignment(request.assignmentId()).orElseThrow();
		steering.lock(assignment);
		var total = Budget.of(steering.financingLines(assignment)).overall().cents();
		if (budgetCap.check(total, 0, request.budgetCents(), assignment.budgetCapCents())
				instanceof FinancingWithinBudgetCap.OverCap over) {
			return Refusal.of("decision", "steering.refusal.decision.overCap", Amounts.euro(request.budgetCents()),
					Amounts.euro(assignment.budgetCapCents()), Amounts.euro(over.excessCents()));
		}
		var typeId = request.typeOfWorkId();
		if (typeId == null) {
			var code = code(request.title());
			var suffix = 1;
			while (governance.typeOfWorkCodeExists(assignment, code)) {
				code = code(request.title()) + "_" + "ABCDEFGHIJ".charAt(Math.min(suffix++, 9));
			}
			typeId = governance.addTypeOfWork(assignment, code, request.title(), request.targetGroup(),
					request.desiredSituation());
		}
		if (request.budgetCents() > 0 || request.fte().signum() > 0) {
			var type = steering.typeOfWork(user.municipality(), typeId).orElseThrow();
			steering.addFinancingLine(assignment, type, label(request.title()),
					request.fte().signum() > 0 ? request.fte() : null, request.budgetCents(),
					request.fte().signum() > 0 ? FinancingCategory.STAFF : FinancingCategory.OTHER, user.username(),
					clock.instant());
		}
		return null;
	}

	private List<AgendaAlert> agenda(Assignment assignment, @Nullable LocalDate since) {
		return agendaOf(sources, assignment, since);
	}

	/** The agenda in the memo's order: risks, norms, budget, new assignments. */
	public static List<AgendaAlert> agendaOf(AgendaSources sources, Assignment assignment, @Nullable LocalDate since) {
		var items = new ArrayList<AgendaAlert>();
		items.addAll(sources.highRisks(assignment, since));
		items.addAll(sources.normAlerts(assignment, since));
		items.addAll(sources.budgetDeviations(assignment, since));
		items.addAll(sources.newRequests(assignment, since));
		return items;
	}

	/** A code as the database wants it (A–Z and _), from a Dutch name: "Buurtsportcoach" → BUURTSPORTCOACH. */
	static String code(String name) {
		var plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase()
				.replaceAll("[^A-Z]+", "_").replaceAll("^_+|_+$", "");
		return plain.isEmpty() ? "OTHER" : plain.length() > 60 ? plain.substring(0, 60) : plain;
	}

	private static String label(String title) {
		return title.length() > SteeringService.MAX_LABEL_LENGTH ? title.substring(0, SteeringService.MAX_LABEL_LENGTH)
				: title;
	}

	private static @Nullable TargetGroup targetGroup(@Nullable String name) {
		for (var group : TargetGroup.values()) {
			if (name != null && group.name().equals(name.strip())) {
				return group;
			}
		}
		return null;
	}

	private String municipalityName(CurrentUser user) {
		return teams.municipality(user.municipality()).map(m -> m.name()).orElse(user.municipality().value());
	}

	/** The texts of a new assignment request as typed; numbers are Dutch text ("1,50", "12.500,00"). */
	record RequestInput(@Nullable String title, @Nullable String currentSituation, @Nullable String desiredSituation,
			@Nullable String fit, @Nullable String fte, @Nullable String budget, @Nullable String sourceOfFunds,
			@Nullable Long typeOfWorkId, @Nullable String targetGroup) {}

	/** Two people decided on the same request at once; the transaction is rolled back so nothing is half-saved. */
	static final class ConcurrentDecisionException extends RuntimeException {

		ConcurrentDecisionException() {
			super("The request was decided meanwhile");
		}
	}


	/** Whether a refusal is one of the state's ({@link #STATE_CONFLICTS}) rather than of the input. */
	static boolean stateConflict(Outcome.Refused<?> refused) {
		return refused.refusals().stream().anyMatch(refusal -> STATE_CONFLICTS.contains(refusal.code()));
	}
}
