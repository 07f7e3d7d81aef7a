package nl.jeugdregie.intake.internal.file;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.audit.ClientFileOpening;
import nl.jeugdregie.audit.ReasonedRead;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.CaseAccessPolicy;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.intake.Crisis;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.Step;
import nl.jeugdregie.intake.HelpRequestRegistered;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequest;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequestState;
import nl.jeugdregie.intake.internal.lifecycle.JdbcHelpRequests;
import nl.jeugdregie.intake.internal.lifecycle.LifecycleService;
import nl.jeugdregie.intake.internal.lifecycle.TreatmentClock;
import nl.jeugdregie.intake.internal.registration.Bsn;
import nl.jeugdregie.intake.internal.registration.Carer;
import nl.jeugdregie.intake.internal.registration.EarlierRequest;
import nl.jeugdregie.intake.internal.registration.OfficeHours;
import nl.jeugdregie.intake.internal.registration.RegistrationPolicy;
import nl.jeugdregie.intake.internal.registration.YoungPerson;
import nl.jeugdregie.intake.internal.team.AssignmentSuggestions;
import nl.jeugdregie.intake.internal.team.TeamMember;
import nl.jeugdregie.intake.internal.team.TeamService;
import nl.jeugdregie.intake.internal.worklist.Worklist;
import nl.jeugdregie.intake.internal.worklist.WorklistRow;
import nl.jeugdregie.platform.text.Labels;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.jspecify.annotations.Nullable;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.schools.SchoolLocationId;
import nl.jeugdregie.schools.SchoolLocations;
import nl.jeugdregie.platform.result.Outcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers, opens and advances help requests; every read and change of a file is audited (SEC-2). */
@Service
class HelpRequestService implements HelpRequestRegistration {

	/** The number of a registration before it is drawn (never stored: see register). */
	private static final String UNNUMBERED = "";

	private final JdbcHelpRequests requests;
	private final Norms norms;
	private final AuditTrail audit;
	private final Teams teams;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final LifecycleService lifecycle;
	private final OfficeHours officeHours;
	private final UserAccounts accounts;
	private final TeamService team;
	private final SchoolLocations schoolLocations;

	private final ClientFileOpening opening;

	HelpRequestService(JdbcHelpRequests requests, Norms norms, AuditTrail audit, Teams teams,
			ApplicationEventPublisher events, Clock clock, LifecycleService lifecycle, OfficeHours officeHours,
			UserAccounts accounts, TeamService team, SchoolLocations schoolLocations, ClientFileOpening opening) {
		this.opening = opening;
		this.schoolLocations = schoolLocations;
		this.team = team;
		this.accounts = accounts;
		this.officeHours = officeHours;
		this.lifecycle = lifecycle;
		this.requests = requests;
		this.norms = norms;
		this.audit = audit;
		this.teams = teams;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public RegistrationResult register(RegisterHelpRequest form, CurrentUser professional, Instant registeredAt) {
		if (!professional.role().worksOnCases() || professional.team() == null) {
			throw new IllegalArgumentException("Only case workers of a team register help requests");
		}
		var registeredOn = LocalDate.ofInstant(registeredAt, clock.getZone());
		var violations = new java.util.ArrayList<>(RegistrationPolicy.check(form, registeredOn));
		// OND-5: a referring school location is one of the municipality's own.
		if (form.schoolLocation() != null && schoolLocations.find(professional.municipality(),
				new SchoolLocationId(form.schoolLocation())).isEmpty()) {
			violations.add(Refusal.of("schoolLocation", "intake.schoolLocation.unknown"));
		}
		if (!violations.isEmpty()) {
			return new RegistrationResult.Refused(violations);
		}
		var unnumbered = newRequest(form, professional, registeredAt, registeredOn);
		unnumbered.markCrisis(!form.isCrisis() ? Crisis.NONE
				: officeHours.areOpenAt(professional.municipality(), registeredAt.atZone(clock.getZone())) ? Crisis.DURING_OFFICE_HOURS
				: Crisis.OUTSIDE_OFFICE_HOURS);
		unnumbered.classify(form.typeOrRegular());
		if (unnumbered.crisis() == Crisis.DURING_OFFICE_HOURS && unnumbered.assignedTo() == null) {
			unnumbered.assign(crisisHandler(unnumbered, professional));
		}
		var schoolLocation = form.schoolLocation() == null ? null : new SchoolLocationId(form.schoolLocation());
		// The event (which has no number) is stored first, in the same transaction: the number is drawn last, because
		// it locks the municipality's series until the commit and every registration of the municipality waits for
		// it (ADR 0053). A rollback removes the event's publication with the request.
		events.publishEvent(new HelpRequestRegistered(unnumbered.id(), unnumbered.municipality(), unnumbered.team(),
				registeredOn, unnumbered.clock().deadline(), unnumbered.channel(), unnumbered.referrer(),
				unnumbered.crisis(), unnumbered.type(), unnumbered.youngPerson().ageOn(registeredOn),
				unnumbered.earlierRequest() == null ? null : unnumbered.earlierRequest().id(), schoolLocation));
		var request = unnumbered.numbered(requests.nextNumber(professional.municipality(), registeredOn.getYear()));
		requests.insert(request);
		if (schoolLocation != null) {
			requests.referredBySchool(request.id(), schoolLocation.value());
		}
		audit.record(ClientFileAccess.created(professional, request.client(), request.subject(),
				Labels.text("text.intake.registered")));
		return new RegistrationResult.Registered(request.id(), request.number(), request.assignedTo(),
				!request.team().equals(professional.team()));
	}

	private HelpRequest newRequest(RegisterHelpRequest form, CurrentUser professional, Instant registeredAt,
			LocalDate registeredOn) {
		// TOE-10: a crisis is picked up directly, so it has its own (same-day) term.
		var term = norms.inEffect(professional.municipality(),
				form.isCrisis() ? NormKey.CRISIS_TREATMENT_START_TERM : NormKey.TREATMENT_START_TERM, registeredOn);
		var bsn = RegistrationPolicy.present(form.bsn()) ? new Bsn(Bsn.normalise(form.bsn())) : null;
		var knownClient = bsn == null ? Optional.<ClientId>empty()
				: requests.clientWithBsn(professional.municipality(), bsn.value());
		var earlier = knownClient.flatMap(client -> requests.latestOf(professional.municipality(), client));
		var handler = earlier.flatMap(e -> returningHandler(e, professional, registeredOn));
		var carer = RegistrationPolicy.present(form.carerName())
				? new Carer(form.carerName().strip(), form.carerRelation().strip()) : null;
		// Without its number yet: see register.
		var request = new HelpRequest(HelpRequestId.random(), UNNUMBERED,
				knownClient.orElseGet(ClientId::random), professional.municipality(),
				handler.map(CurrentUser::team).orElse(professional.team()),
				new YoungPerson(form.givenName().strip(), form.familyName().strip(), form.dateOfBirth(), bsn), carer,
				form.channel(), form.referrer(), form.question().strip(), registeredAt, professional.username(),
				new TreatmentClock(registeredOn, registeredOn.plus(term.asPeriod())),
				new HelpRequestState.AwaitingTreatment(), 0);
		earlier.ifPresent(e -> request.returningFrom(e, handler.map(CurrentUser::username).orElse(null)));
		return request;
	}

	/**
	 * TOE-10: a crisis in office hours goes straight to a professional, not to the team's queue: the youth
	 * professional of the team suggested for safety (safety expertise first, then the smallest caseload, as in
	 * TOE-13), or the registering case worker when the team has no youth professional. See ADR 0009.
	 */
	private String crisisHandler(HelpRequest request, CurrentUser registrar) {
		var professionals = team.members(request.team()).stream()
				.filter(m -> m.role() == nl.jeugdregie.identity.Role.YOUTH_PROFESSIONAL).toList();
		return AssignmentSuggestions.rank(professionals, nl.jeugdregie.identity.Expertise.SAFETY).stream()
				.map(TeamMember::username).findFirst().orElse(registrar.username());
	}

	/**
	 * TOE-12: a young person returning within the configured period goes to the professional who handled the
	 * earlier request, if that professional still works on cases in this municipality.
	 */
	private Optional<CurrentUser> returningHandler(EarlierRequest earlier, CurrentUser registrar, LocalDate registeredOn) {
		var period = norms.inEffect(registrar.municipality(), NormKey.RETURNING_CLIENT_PERIOD, registeredOn).asPeriod();
		if (!earlier.withinPeriod(registeredOn, period)) {
			return Optional.empty();
		}
		return accounts.find(earlier.handledBy()).filter(user -> user.role().worksOnCases() && user.team() != null
				&& user.municipality().equals(registrar.municipality()));
	}

	@Override
	@Transactional
	public Outcome<HelpRequestId> recordFirstConversation(HelpRequestId id, @Nullable LocalDate conversationDate,
			CurrentUser professional) {
		// Whether it is still the first conversation is decided inside the step, on the state it saves against.
		return lifecycle.perform(id, new Step.HoldConversation(conversationDate, true), professional)
				.then(confirmation -> Outcome.done(id));
	}

	/** Opens a file for reading, if the user may; the shared opening step records the read or the refusal. */
	@Transactional // read-write: the audit row of the read or refusal is written in this transaction (ADR 0019)
	FileOpening open(HelpRequestId id, CurrentUser user, @Nullable String reason) {
		var text = new ClientFileOpening.ReadText(Labels.text("text.intake.read"),
				Labels.text("text.intake.readWithoutReason"), Labels.text("text.intake.readRefused"),
				Labels.text("text.intake.subject", id), Labels.text("text.intake.readUnknown"));
		return switch (opening.withReason(requests.find(id), user, request -> CaseAccessPolicy.decide(user, request.scope()),
				reason, text, request -> new FileOpening.Opened(request, request.clockOn(today())))) {
			case ReasonedRead.Opened<HelpRequest, FileOpening.Opened>(var opened) -> opened;
			case ReasonedRead.ReasonRequired<HelpRequest, FileOpening.Opened>(var request) ->
					new FileOpening.ReasonRequired(request.id(), request.number());
			case ReasonedRead.NotFound<HelpRequest, FileOpening.Opened> _ -> new FileOpening.NotFound();
			case ReasonedRead.Forbidden<HelpRequest, FileOpening.Opened> _ -> new FileOpening.Forbidden();
		};
	}

	/** The user's team worklist; viewing it is audited as one read of the list. */
	@Transactional // read-write: the audit row of the read is written in this transaction (ADR 0019)
	Worklist worklist(CurrentUser user) {
		if (user.team() == null || !user.role().worksOnCases()) {
			throw new IllegalArgumentException("Only case workers of a team have a worklist");
		}
		var team = teams.find(user.team()).orElseThrow();
		var today = today();
		var waiting = requests.awaitingTreatment(team.id(), Worklist.ROWS_PER_LIST).stream()
				.map(r -> WorklistRow.of(r, today)).toList();
		var waitingTotal = requests.countAwaitingTreatment(team.id());
		var withoutContactAgreement = requests.countOverdueWithoutContactAgreement(team.id(), today);
		var recent = requests.startedSince(team.id(), today.minusDays(14), Worklist.ROWS_PER_LIST).stream()
				.map(r -> WorklistRow.of(r, today)).toList();
		var crises = waiting.stream().filter(row -> row.crisis().isCrisis()).toList();
		var others = waiting.stream().filter(row -> !row.crisis().isCrisis()).toList();
		// The last step: the row holds the municipality's chain until this transaction ends.
		audit.record(new ClientFileAccess(user, null, Labels.text("text.intake.worklist.subject", team.name()), AuditAction.READ,
				Labels.text("text.intake.worklist.read", waitingTotal), null));
		return new Worklist(team, waitingTotal, withoutContactAgreement, crises, having(others, TreatmentClock.Status.OVERDUE),
				having(others, TreatmentClock.Status.DUE_THIS_WEEK), having(others, TreatmentClock.Status.RUNNING),
				recent);
	}

	/** TOE-16: the team's coordination list of integrated early help; viewing it is audited as one read. */
	@Transactional // read-write: the audit row of the read is written in this transaction (ADR 0019)
	List<WorklistRow> earlyHelpList(CurrentUser user) {
		if (user.team() == null || !user.role().worksOnCases()) {
			throw new IllegalArgumentException("Only case workers of a team have a coordination list");
		}
		var team = teams.find(user.team()).orElseThrow();
		var today = today();
		var rows = requests.openEarlyHelp(team.id()).stream().map(r -> WorklistRow.of(r, today)).toList();
		audit.record(new ClientFileAccess(user, null, Labels.text("text.intake.earlyHelpList.subject", team.name()), AuditAction.READ,
				Labels.text("text.intake.earlyHelpList.read", rows.size()), null));
		return rows;
	}

	private static List<WorklistRow> having(List<WorklistRow> rows, TreatmentClock.Status status) {
		return rows.stream().filter(row -> row.clock().status() == status).toList();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Instant now() {
		return clock.instant();
	}
}
