package nl.jeugdregie.intake.internal.lifecycle;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.intake.ClosureReason;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.Step;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.intake.TriageOutcome;
import nl.jeugdregie.intake.Urgency;
import nl.jeugdregie.intake.internal.consent.ConsentGiver;
import nl.jeugdregie.intake.internal.consent.ConsentPurpose;
import nl.jeugdregie.intake.internal.consent.ConsentService;
import nl.jeugdregie.intake.internal.consent.FeedbackKind;
import nl.jeugdregie.intake.internal.file.HelpRequestApiController;
import nl.jeugdregie.platform.web.Problems;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The help request's lifecycle in the REST API (TOE-4, TOE-7, TOE-8); answers with the updated file. */
@RestController
@RequestMapping("/api/v1/help-requests/{id}")
@Tag(name = "Hulpvragen")
class LifecycleApiController {

	private final LifecycleService lifecycle;
	private final ConsentService consents;
	private final JdbcHelpRequests helpRequests;
	private final HelpRequestApiController files;
	private final CurrentUsers users;
	private final MessageSource messages;

	LifecycleApiController(LifecycleService lifecycle, ConsentService consents, JdbcHelpRequests helpRequests,
			HelpRequestApiController files, CurrentUsers users, MessageSource messages) {
		this.lifecycle = lifecycle;
		this.consents = consents;
		this.helpRequests = helpRequests;
		this.files = files;
		this.users = users;
		this.messages = messages;
	}

	record ConversationBody(@Nullable LocalDate heldOn) {}

	record TriageBody(@Nullable TriageOutcome outcome, @Nullable Urgency urgency, @Nullable String reason,
			@Nullable String familyExplanation, @Nullable LocalDate decidedOn) {}

	record ContinuationBody(@Nullable String reason) {}

	record ApplicationBody(@Nullable LocalDate appliedOn) {}

	record ClosureBody(@Nullable ClosureReason reason, @Nullable LocalDate closedOn) {}

	record ContactAgreementBody(@Nullable Integer everyDays, @Nullable LocalDate agreedOn) {}

	record ContactBody(@Nullable LocalDate contactedOn) {}

	@PostMapping("/contact-agreement")
	@Operation(summary = "Agree how often a waiting applicant is contacted until treatment starts (TOE-6)")
	@ApiResponse(responseCode = "200", description = "Het dossier na de stap", content = @Content(schema = @Schema(implementation = HelpRequestApiController.HelpRequestFile.class)))
	ResponseEntity<?> contactAgreement(@PathVariable UUID id, @RequestBody ContactAgreementBody body) {
		return perform(id, new Step.AgreeContact(body.everyDays(), body.agreedOn()));
	}

	@PostMapping("/waiting-contacts")
	@Operation(summary = "Record a contact with a waiting applicant (TOE-6)")
	@ApiResponse(responseCode = "200", description = "Het dossier na de stap", content = @Content(schema = @Schema(implementation = HelpRequestApiController.HelpRequestFile.class)))
	ResponseEntity<?> waitingContact(@PathVariable UUID id, @RequestBody ContactBody body) {
		return perform(id, new Step.RecordContact(body.contactedOn()));
	}

	@PostMapping("/conversations")
	@Operation(summary = "Record a conversation; the first takes the request into treatment (TOE-5, TOE-7)")
	@ApiResponse(responseCode = "200", description = "Het dossier na de stap", content = @Content(schema = @Schema(implementation = HelpRequestApiController.HelpRequestFile.class)))
	ResponseEntity<?> conversation(@PathVariable UUID id, @RequestBody ConversationBody body) {
		return perform(id, new Step.HoldConversation(body.heldOn()));
	}

	@PostMapping("/triage")
	@Operation(summary = "Complete triage with outcome, urgency and reason (TOE-4)")
	@ApiResponse(responseCode = "200", description = "Het dossier na de stap", content = @Content(schema = @Schema(implementation = HelpRequestApiController.HelpRequestFile.class)))
	ResponseEntity<?> triage(@PathVariable UUID id, @RequestBody TriageBody body) {
		return perform(id, new Step.DecideTriage(body.outcome(), body.urgency(), body.reason(),
				body.familyExplanation(), body.decidedOn()));
	}

	@PostMapping("/continuation")
	@Operation(summary = "Record the decision to go on after the maximum number of conversations (TOE-7)")
	@ApiResponse(responseCode = "200", description = "Het dossier na de stap", content = @Content(schema = @Schema(implementation = HelpRequestApiController.HelpRequestFile.class)))
	ResponseEntity<?> continuation(@PathVariable UUID id, @RequestBody ContinuationBody body) {
		return perform(id, new Step.ContinueBeyondMaximum(body.reason()));
	}

	@PostMapping("/specialised-care-needed")
	@Operation(summary = "Record that specialised care is needed: the application term starts (TOE-7)")
	@ApiResponse(responseCode = "200", description = "Het dossier na de stap", content = @Content(schema = @Schema(implementation = HelpRequestApiController.HelpRequestFile.class)))
	ResponseEntity<?> specialisedCareNeeded(@PathVariable UUID id) {
		return perform(id, new Step.NeedSpecialisedCare());
	}

	@PostMapping("/application")
	@Operation(summary = "Record the application for specialised care: the 8-week lead time starts (TOE-8)")
	@ApiResponse(responseCode = "200", description = "Het dossier na de stap", content = @Content(schema = @Schema(implementation = HelpRequestApiController.HelpRequestFile.class)))
	ResponseEntity<?> application(@PathVariable UUID id, @RequestBody ApplicationBody body) {
		return perform(id, new Step.RecordApplication(body.appliedOn()));
	}

	@PostMapping("/closure")
	@Operation(summary = "Close the request with an end reason")
	@ApiResponse(responseCode = "200", description = "Het dossier na de stap", content = @Content(schema = @Schema(implementation = HelpRequestApiController.HelpRequestFile.class)))
	ResponseEntity<?> closure(@PathVariable UUID id, @RequestBody ClosureBody body) {
		return perform(id, new Step.Close(body.reason(), body.closedOn()));
	}

	record ConsentBody(@Nullable ConsentPurpose purpose, @Nullable ConsentGiver givenBy, @Nullable LocalDate givenOn) {}

	record FeedbackBody(@Nullable FeedbackKind kind) {}

	record ConsentJson(UUID id, String purpose, String givenBy, LocalDate givenOn, @Nullable LocalDate withdrawnOn) {}

	record FeedbackJson(String kind, LocalDate sentOn, String sentBy, String letter) {}

	record ConsentAndFeedback(List<ConsentJson> consents, List<FeedbackJson> feedback) {}

	@PostMapping("/consents")
	@Operation(summary = "Record consent, e.g. for content feedback to the referrer (TOE-11)")
	@ApiResponse(responseCode = "200", description = "Toestemmingen en verzonden terugkoppeling", content = @Content(schema = @Schema(implementation = ConsentAndFeedback.class)))
	ResponseEntity<?> consent(@PathVariable UUID id, @RequestBody ConsentBody body) {
		return respond(id, consents.recordConsent(new HelpRequestId(id), body.purpose(), body.givenBy(), body.givenOn(),
				users.current()));
	}

	@PostMapping("/consents/{consent}/withdrawal")
	@Operation(summary = "Withdraw a consent from today on (TOE-11)")
	@ApiResponse(responseCode = "200", description = "Toestemmingen en verzonden terugkoppeling", content = @Content(schema = @Schema(implementation = ConsentAndFeedback.class)))
	ResponseEntity<?> withdraw(@PathVariable UUID id, @PathVariable UUID consent) {
		return respond(id, consents.withdrawConsent(new HelpRequestId(id), consent, users.current()));
	}

	@PostMapping("/feedback")
	@Operation(summary = "Send feedback to the referrer: an acknowledgement, or content with consent (TOE-11)")
	@ApiResponse(responseCode = "200", description = "Toestemmingen en verzonden terugkoppeling", content = @Content(schema = @Schema(implementation = ConsentAndFeedback.class)))
	ResponseEntity<?> feedback(@PathVariable UUID id, @RequestBody FeedbackBody body) {
		return respond(id, consents.sendFeedback(new HelpRequestId(id), body.kind(), users.current()));
	}

	/** Answers a consent or feedback step with the request's consents and sent feedback. */
	private ResponseEntity<?> respond(UUID id, Outcome<String> result) {
		if (!(result instanceof Outcome.Done<String>)) {
			return problem(result);
		}
		var request = helpRequests.find(new HelpRequestId(id)).orElseThrow();
		return ResponseEntity.ok(new ConsentAndFeedback(
				consents.consentsOf(request).stream().map(c -> new ConsentJson(c.id(), c.purpose().name(),
						c.givenBy().name(), c.givenOn(), c.withdrawnOn())).toList(),
				consents.feedbackOf(request).stream().map(f -> new FeedbackJson(f.kind().name(), f.sentOn(), f.sentBy(),
						f.letter())).toList()));
	}

	private ResponseEntity<?> perform(UUID id, Step command) {
		var result = lifecycle.perform(new HelpRequestId(id), command, users.current());
		return result instanceof Outcome.Done<String> ? files.file(id, null) : problem(result);
	}

	private ResponseEntity<?> problem(Outcome<String> result) {
		return switch (result) {
			case Outcome.Done<String> done -> throw new IllegalArgumentException("Not a refusal");
			case Outcome.Refused<String> refused -> refused.refusals().getFirst().code().equals("intake.transition.notAllowed")
					? Problems.conflict(text(refused.refusals().getFirst()))
					: Problems.invalid(refused.refusals().stream()
							.map(v -> new Problems.FieldProblem(v.field(), text(v))).toList());
			case Outcome.NotFound<String> _, Outcome.Forbidden<String> _ -> Problems.notFound();
			case Outcome.Stale<String> _ -> throw new IllegalStateException("Not versioned");
		};
	}

	private String text(Refusal refusal) {
		return messages.getMessage(refusal.code(), refusal.arguments().toArray(), LocaleContextHolder.getLocale());
	}
}
