package nl.jeugdregie.intake.internal.file;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.audit.AccessReason;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequest;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequestState;
import nl.jeugdregie.intake.internal.lifecycle.TreatmentClock;
import nl.jeugdregie.intake.internal.worklist.Worklist;
import nl.jeugdregie.intake.internal.worklist.WorklistRow;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The help-request slice of the REST API, with the same access rules and audit as the UI. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Hulpvragen", description = "Help requests at the CJG: registration, file, first conversation, worklist")
public class HelpRequestApiController {

	static final String ACCESS_REASON_HEADER = "Jeugdregie-Access-Reason";

	private final HelpRequestService service;
	private final CurrentUsers users;
	private final MessageSource messages;

	HelpRequestApiController(HelpRequestService service, CurrentUsers users, MessageSource messages) {
		this.service = service;
		this.users = users;
		this.messages = messages;
	}

	record Registered(UUID id, String number, @Nullable String assignedTo, boolean routedToOtherTeam) {}

	record FirstConversation(@Nullable LocalDate date) {}

	public record Clock(String status, long daysLeft, long daysOver, long weeksOver, String text) {

		static Clock of(TreatmentClock.Reading reading) {
			return new Clock(reading.status().name(), reading.daysLeft(), reading.daysOver(), reading.weeksOver(),
					reading.dutchText());
		}
	}

	public record Lifecycle(int conversations, @Nullable LocalDate lastConversationOn, @Nullable String triageOutcome,
			@Nullable String urgency, @Nullable LocalDate applicationDue, @Nullable LocalDate appliedOn,
			@Nullable LocalDate leadTimeDeadline, @Nullable LocalDate closedOn, @Nullable String closureReason,
			boolean continuationDecided) {

		static Lifecycle of(HelpRequest r) {
			var state = r.state();
			return new Lifecycle(r.conversations().size(), r.lastConversationOn(),
					r.triage() == null ? null : r.triage().outcome().name(),
					r.triage() == null ? null : r.triage().urgency().name(),
					state instanceof HelpRequestState.AwaitingApplication a ? a.applicationDue() : null,
					state.application() == null ? null : state.application().appliedOn(),
					state.application() == null ? null : state.application().leadTimeDeadline(),
					state instanceof HelpRequestState.Closed c ? c.closedOn() : null,
					state instanceof HelpRequestState.Closed c ? c.reason().name() : null, r.continuation() != null);
		}
	}

	public record HelpRequestFile(UUID id, String number, String state, String givenName, String familyName,
			LocalDate dateOfBirth, @Nullable String bsn, @Nullable String carerName, @Nullable String carerRelation,
			String channel, String referrer, String question, LocalDate registeredOn, LocalDate treatmentDeadline,
			@Nullable LocalDate treatmentStartedOn, Clock clock, Lifecycle lifecycle, String crisis, String type,
			@Nullable String assignedTo, @Nullable UUID earlierRequestId, @Nullable String earlierRequestNumber) {

		static HelpRequestFile of(HelpRequest r, TreatmentClock.Reading clock) {
			var person = r.youngPerson();
			return new HelpRequestFile(r.id().value(), r.number(), r.state().code(), person.givenName(),
					person.familyName(), person.dateOfBirth(), person.bsn() == null ? null : person.bsn().value(),
					r.carer() == null ? null : r.carer().name(), r.carer() == null ? null : r.carer().relation(),
					r.channel().name(), r.referrer().name(), r.question(), r.registeredOn(), r.clock().deadline(),
					r.treatmentStartedOn(), Clock.of(clock), Lifecycle.of(r), r.crisis().name(), r.type().name(),
					r.assignedTo(), r.earlierRequest() == null ? null : r.earlierRequest().id().value(),
					r.earlierRequest() == null ? null : r.earlierRequest().number());
		}
	}

	record WorklistEntry(UUID id, String number, String name, int age, String referrer, LocalDate registeredOn,
			LocalDate treatmentDeadline, Clock clock, @Nullable Integer contactEveryDays,
			@Nullable LocalDate nextContactDue, boolean needsContactAgreement, String crisis, @Nullable String assignedTo) {

		static WorklistEntry of(WorklistRow row) {
			return new WorklistEntry(row.id().value(), row.number(), row.name(), row.age(), row.referrer().name(),
					row.registeredOn(), row.deadline(), Clock.of(row.clock()), row.contactEveryDays(),
					row.nextContactDue(), row.needsContactAgreement(), row.crisis().name(), row.assignedTo());
		}
	}

	/** Each list holds at most {@code rowsPerList} rows, most urgent first; {@code waiting} counts the whole team. */
	@Schema(name = "HelpRequestWorklist")
	record WorklistResponse(String team, long waiting, long withoutContactAgreement, List<WorklistEntry> crises,
			List<WorklistEntry> overdue,
			List<WorklistEntry> dueThisWeek, List<WorklistEntry> running, List<WorklistEntry> recentlyStarted,
			int rowsPerList) {}

	@PostMapping("/help-requests")
	@Operation(summary = "Register a help request (TOE-1, TOE-3) for the caller's team")
	@ApiResponse(responseCode = "201", description = "Geregistreerd; Location wijst naar het dossier", content = @Content(schema = @Schema(implementation = Registered.class)))
	ResponseEntity<?> register(@RequestBody RegisterHelpRequest request) {
		return switch (service.register(request, users.current(), service.now())) {
			case RegistrationResult.Registered r -> ResponseEntity
					.created(URI.create("/api/v1/help-requests/" + r.id())).body(new Registered(r.id().value(), r.number(), r.assignedTo(), r.routedToOtherTeam()));
			case RegistrationResult.Refused refused -> Problems.invalid(refused.refusals().stream().map(this::problem).toList());
		};
	}

	@GetMapping("/help-requests/{id}")
	@Operation(summary = "Open a help request's file; outside one's own team a reason is required (SEC-2)")
	@ApiResponse(responseCode = "200", description = "Het dossier", content = @Content(schema = @Schema(implementation = HelpRequestFile.class)))
	public ResponseEntity<?> file(@PathVariable UUID id,
			@Parameter(description = "Why a case worker outside the owning team opens this file")
			@RequestHeader(name = ACCESS_REASON_HEADER, required = false) @Nullable String reason) {
		return switch (service.open(new HelpRequestId(id), users.current(), reason)) {
			case FileOpening.Opened opened -> ResponseEntity.ok(HelpRequestFile.of(opened.request(), opened.clock()));
			case FileOpening.ReasonRequired required -> Problems.of(org.springframework.http.HttpStatus.FORBIDDEN,
					"reden-vereist", "Reden vereist", "Deze hulpvraag hoort bij een ander team. Geef in de header "
							+ ACCESS_REASON_HEADER + " een reden van " + AccessReason.MIN_LENGTH + " tot "
							+ AccessReason.MAX_LENGTH + " tekens.");
			case FileOpening.NotFound notFound -> Problems.notFound();
			case FileOpening.Forbidden forbidden -> Problems.forbidden("Uw rol geeft geen toegang tot cliëntdossiers.");
		};
	}

	@PostMapping("/help-requests/{id}/first-conversation")
	@Operation(summary = "Record the first conversation: the request is then in treatment (TOE-5)")
	@ApiResponse(responseCode = "200", description = "Het dossier na het eerste gesprek", content = @Content(schema = @Schema(implementation = HelpRequestFile.class)))
	ResponseEntity<?> firstConversation(@PathVariable UUID id, @RequestBody FirstConversation body) {
		return switch (service.recordFirstConversation(new HelpRequestId(id), body.date(), users.current())) {
			case Outcome.Done<HelpRequestId> _ -> file(id, null);
			case Outcome.Refused<HelpRequestId> refused -> refused.refusals().getFirst().code().endsWith("alreadyRecorded")
					? Problems.conflict(text(refused.refusals().getFirst()))
					: Problems.invalid(List.of(new Problems.FieldProblem("date", text(refused.refusals().getFirst()))));
			case Outcome.NotFound<HelpRequestId> _, Outcome.Forbidden<HelpRequestId> _ -> Problems.notFound();
			case Outcome.Stale<HelpRequestId> _ -> throw new IllegalStateException("Not versioned");
		};
	}

	@GetMapping("/worklist")
	@Operation(summary = "The caller's team worklist with norm clocks (TOE-5, BEY-1), at most 200 rows per list")
	WorklistResponse worklist() {
		var list = service.worklist(users.current());
		return new WorklistResponse(list.team().name(), list.waiting(), list.withoutContactAgreement(),
				entries(list.crises()), entries(list.overdue()),
				entries(list.dueThisWeek()), entries(list.running()), entries(list.recentlyStarted()),
				Worklist.ROWS_PER_LIST);
	}

	@GetMapping("/worklist/early-help")
	@Operation(summary = "The team's coordination list of integrated early help (TOE-16)")
	List<WorklistEntry> earlyHelp() {
		return entries(service.earlyHelpList(users.current()));
	}

	private static List<WorklistEntry> entries(List<WorklistRow> rows) {
		return rows.stream().map(WorklistEntry::of).toList();
	}

	private Problems.FieldProblem problem(Refusal refusal) {
		return new Problems.FieldProblem(refusal.field(), text(refusal));
	}

	private String text(Refusal refusal) {
		return messages.getMessage(refusal.code(), refusal.arguments().toArray(), LocaleContextHolder.getLocale());
	}
}
