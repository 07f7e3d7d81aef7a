package nl.jeugdregie.plans.internal.household;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.audit.AccessReason;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.plans.HouseholdId;
import nl.jeugdregie.plans.internal.heavystep.HeavyStepRefusals;
import nl.jeugdregie.platform.api.IfMatch;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Households and cooperation plans in the REST API, with the same rules, access and audit as the UI. A change
 * names the version it was made on in {@code If-Match} (the household's {@code version} for members and
 * director, the plan's {@code version} for the plan): a stale version answers 409 and saves nothing.
 */
@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "Huishoudens", description = "Families, their case director, cooperation plan and heavy steps (PLAN-1, PLAN-2, PLAN-3, PLAN-6, PLAN-7)")
public class HouseholdApiController {

	static final String ACCESS_REASON_HEADER = "Jeugdregie-Access-Reason";

	private final HouseholdService service;
	private final CurrentUsers users;
	private final MessageSource messages;

	HouseholdApiController(HouseholdService service, CurrentUsers users, MessageSource messages) {
		this.service = service;
		this.users = users;
		this.messages = messages;
	}

	record Created(UUID id) {}

	record Member(UUID id, String name, @Nullable LocalDate dateOfBirth, String role, @Nullable String relation) {}

	record DirectorHistoryEntry(@Nullable String from, String to, String changedBy, Instant changedAt, String reason) {}

	record Document(UUID id, String kind, LocalDate date, String outcome, String recordedBy) {}

	record HeavyStep(UUID id, String kind, LocalDate decidedOn, @Nullable LocalDate supportFrom,
			@Nullable LocalDate supportUntil, String decidedBy) {}

	record HouseholdResponse(UUID id, String number, String name, UUID team, String caseDirector, long version,
			List<Member> members, List<UUID> helpRequests, List<DirectorHistoryEntry> directorHistory,
			List<Document> documents, List<HeavyStep> heavySteps, int planVersion) {

		static HouseholdResponse of(HouseholdFile file) {
			var h = file.household();
			return new HouseholdResponse(h.id().value(), h.number(), h.name(), h.team().value(), h.caseDirector(),
					h.version(),
					file.members().stream().map(m -> new Member(m.id(), m.name(), m.dateOfBirth(), m.role().name(),
							m.relation())).toList(),
					file.helpRequests().stream().map(r -> r.value()).toList(),
					file.directorHistory().stream().map(c -> new DirectorHistoryEntry(c.from(), c.to(), c.changedBy(),
							c.changedAt(), c.reason())).toList(),
					file.documents().stream().map(d -> new Document(d.id(), d.kind().name(), d.date(), d.outcome(),
							d.recordedBy())).toList(),
					file.heavySteps().stream().map(s -> new HeavyStep(s.id(), s.kind().name(), s.decidedOn(),
							s.supportFrom(), s.supportUntil(), s.decidedBy())).toList(),
					file.plan().currentVersion());
		}
	}

	record Version(int number, String change, String createdBy, Instant createdAt, @Nullable Boolean familyAgrees,
			@Nullable LocalDate agreedOn, @Nullable String familyWords) {}

	record Wish(UUID id, UUID member, @Nullable String wishWant, @Nullable String wishCan, @Nullable String wishNeed,
			int fromVersion) {}

	@Schema(name = "CooperationPlanAction")
	record Action(UUID id, String description, String performer, String performerName, LocalDate dueOn,
			int fromVersion) {}

	@Schema(name = "CooperationPlanGoal")
	record Goal(UUID id, String lifeDomain, String description, int priority, String owner, @Nullable String ownerName,
			int fromVersion, List<Action> actions) {}

	@Schema(name = "CooperationPlan")
	record PlanResponse(UUID household, int version, List<Version> versions, List<Wish> wishes, List<Goal> goals) {

		static PlanResponse of(HouseholdFile file) {
			var plan = file.plan();
			return new PlanResponse(file.household().id().value(), plan.currentVersion(),
					plan.versions().stream().map(v -> new Version(v.number(), v.change(), v.createdBy(), v.createdAt(),
							v.familyAgrees(), v.agreedOn(), v.familyWords())).toList(),
					plan.wishes().stream().map(w -> new Wish(w.id(), w.memberId(), w.wishWant(), w.wishCan(),
							w.wishNeed(), w.fromVersion())).toList(),
					plan.goals().stream().map(g -> new Goal(g.id(), g.lifeDomain().name(), g.description(), g.priority(),
							g.owner().name(), g.ownerName(), g.fromVersion(), g.actions().stream()
									.map(a -> new Action(a.id(), a.description(), a.performer().name(), a.performerName(),
											a.dueOn(), a.fromVersion())).toList())).toList());
		}
	}

	@PostMapping
	@Operation(summary = "Create a household for a help request; the caller becomes its case director (PLAN-3)")
	@ApiResponse(responseCode = "201", description = "Aangemaakt; Location wijst naar het huishouden", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> create(@RequestBody Commands.NewHousehold body) {
		return switch (service.create(body, users.current())) {
			case Outcome.Done<UUID> saved -> ResponseEntity.created(URI.create("/api/v1/households/" + saved.value()))
					.body(new Created(saved.value()));
			case Outcome.Refused<UUID> invalid -> invalid(invalid);
			case Outcome.Forbidden<UUID> refused -> Problems.forbidden("Alleen medewerkers van een CJG-team maken een huishouden aan.");
			case Outcome.NotFound<UUID> notFound -> throw new IllegalStateException("A new household is never not found");
			case Outcome.Stale<UUID> stale -> throw new IllegalStateException("A new household has no version to be stale");
		};
	}

	@GetMapping("/{id}")
	@Operation(summary = "Open a household: members, case director and its history, help requests, heavy steps")
	@ApiResponse(responseCode = "200", description = "Het huishouden", content = @Content(schema = @Schema(implementation = HouseholdResponse.class)))
	ResponseEntity<?> household(@PathVariable UUID id, @Parameter(description = "Why a case worker outside the case team opens this household")
			@RequestHeader(name = ACCESS_REASON_HEADER, required = false) @Nullable String reason) {
		return opened(id, reason, "Huishouden bekeken (API)", HouseholdResponse::of);
	}

	@GetMapping("/{id}/plan")
	@Operation(summary = "The cooperation plan: current version, version history, wishes, goals and actions (PLAN-1, PLAN-2)")
	@ApiResponse(responseCode = "200", description = "Het samenwerkingsplan", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
	ResponseEntity<?> plan(@PathVariable UUID id, @RequestHeader(name = ACCESS_REASON_HEADER, required = false) @Nullable String reason) {
		return opened(id, reason, "Samenwerkingsplan bekeken (API)", PlanResponse::of);
	}

	record DuplicateHousehold(UUID id, String number, String name, UUID team, String caseDirector) {}

	record Duplicate(@Nullable String names, List<DuplicateHousehold> households) {}

	@GetMapping("/duplicates")
	@Operation(summary = "Team lead: young people in more than one household of the team, to merge (PLAN-3)")
	@ApiResponse(responseCode = "200", description = "Jeugdigen in meer dan één huishouden", content = @Content(array = @ArraySchema(schema = @Schema(implementation = Duplicate.class))))
	ResponseEntity<?> duplicates() {
		return service.duplicates(users.current()).<ResponseEntity<?>>map(list -> ResponseEntity.ok(list.stream()
						.map(d -> new Duplicate(d.names(), d.households().stream().map(h -> new DuplicateHousehold(
								h.id().value(), h.number(), h.name(), h.team().value(), h.caseDirector())).toList()))
						.toList()))
				.orElseGet(() -> Problems.forbidden("Alleen een teamleider ziet jeugdigen in meer dan één huishouden."));
	}

	@PostMapping("/{id}/members")
	@Operation(summary = "Add a young person, parent, carer or network member; If-Match: the household's version")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> addMember(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody Commands.NewMember body) {
		return ifMatching(ifMatch,
				version -> service.addMember(new HouseholdId(id), version, body, users.current()));
	}

	@PostMapping("/{id}/case-director")
	@Operation(summary = "Change the case director, with a reason (PLAN-3); If-Match: the household's version")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> changeDirector(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody Commands.NewDirector body) {
		return ifMatching(ifMatch,
				version -> service.changeDirector(new HouseholdId(id), version, body, users.current()));
	}

	@PostMapping("/{id}/plan/wishes")
	@Operation(summary = "Add \"ik wil / ik kan / ik heb nodig\" of a person (PLAN-1); If-Match: the plan's version")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> addWish(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody Commands.NewWish body) {
		return ifMatching(ifMatch,
				version -> service.addWish(new HouseholdId(id), version.intValue(), body, users.current()));
	}

	@PostMapping("/{id}/plan/goals")
	@Operation(summary = "Add a goal with life domain, the family's priority and its owner (PLAN-2); If-Match: the plan's version")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> addGoal(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody Commands.NewGoal body) {
		return ifMatching(ifMatch,
				version -> service.addGoal(new HouseholdId(id), version.intValue(), body, users.current()));
	}

	@PostMapping("/{id}/plan/actions")
	@Operation(summary = "Add an action: who does what by when, for a goal; If-Match: the plan's version")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> addAction(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody Commands.NewAction body) {
		return ifMatching(ifMatch,
				version -> service.addAction(new HouseholdId(id), version.intValue(), body, users.current()));
	}

	@PostMapping("/{id}/plan/agreement")
	@Operation(summary = "Record whether the family agrees with the current version, in their own words (PLAN-2)")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> recordAgreement(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody Commands.FamilyAgreement body) {
		return ifMatching(ifMatch,
				version -> service.recordAgreement(new HouseholdId(id), version.intValue(), body, users.current()));
	}

	@PostMapping("/{id}/documents")
	@Operation(summary = "Record an explanatory analysis, Eigen Kracht conference or family group plan (PLAN-6, PLAN-7)")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> recordDocument(@PathVariable UUID id, @RequestBody Commands.NewDocument body) {
		return created(service.recordDocument(new HouseholdId(id), body, users.current()));
	}

	@PostMapping("/{id}/heavy-steps")
	@Operation(summary = "Record a heavy step; refused with Dutch reason codes when PLAN-6 or PLAN-7 does not allow it")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> recordHeavyStep(@PathVariable UUID id, @RequestBody Commands.NewHeavyStep body) {
		return created(service.recordHeavyStep(new HouseholdId(id), body, users.current()));
	}

	private <T> ResponseEntity<?> opened(UUID id, @Nullable String reason, String what,
			java.util.function.Function<HouseholdFile, T> view) {
		return switch (service.open(new HouseholdId(id), users.current(), reason, what)) {
			case HouseholdOpening.Opened opened -> ResponseEntity.ok(view.apply(opened.file()));
			case HouseholdOpening.ReasonRequired required -> Problems.of(HttpStatus.FORBIDDEN, "reden-vereist",
					"Reden vereist", "Dit huishouden hoort bij een ander team. Geef in de header " + ACCESS_REASON_HEADER
							+ " een reden van " + AccessReason.MIN_LENGTH + " tot "
							+ AccessReason.MAX_LENGTH + " tekens.");
			case HouseholdOpening.NotFound notFound -> Problems.notFound();
			case HouseholdOpening.Forbidden forbidden -> Problems.forbidden("Uw rol geeft geen toegang tot cliëntdossiers.");
		};
	}

	/** A change against the version in If-Match: 428 without one, otherwise the change's answer as {@link #created}. */
	private ResponseEntity<?> ifMatching(@Nullable String ifMatch, java.util.function.Function<Long, Outcome<UUID>> change) {
		var version = IfMatch.version(ifMatch);
		return version == null ? Problems.versionRequired() : created(change.apply(version));
	}

	private ResponseEntity<?> created(Outcome<UUID> outcome) {
		return switch (outcome) {
			case Outcome.Done<UUID> saved -> ResponseEntity.status(HttpStatus.CREATED).body(new Created(saved.value()));
			case Outcome.Refused<UUID> refused when HeavyStepRefusals.in(refused) -> {
				var response = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "zware-stap-geweigerd",
						"Zware stap niet toegestaan", refused.refusals().stream().map(HeavyStepRefusals::explanation)
								.collect(java.util.stream.Collectors.joining(" ")));
				response.getBody().setProperty("refusals", refused.refusals().stream()
						.map(r -> Map.of("code", HeavyStepRefusals.reason(r), "message", HeavyStepRefusals.explanation(r)))
						.toList());
				yield response;
			}
			case Outcome.Refused<UUID> invalid -> invalid(invalid);
			case Outcome.Stale<UUID> stale -> Problems.conflict(
					"Iemand anders heeft dit net gewijzigd. Haal de nieuwe versie op en probeer het opnieuw.");
			case Outcome.Forbidden<UUID> forbidden -> Problems.forbidden(
					"Alleen het team van het gezin en de regisseur kunnen dit huishouden wijzigen.");
			case Outcome.NotFound<UUID> notFound -> Problems.notFound();
		};
	}

	private ResponseEntity<?> invalid(Outcome.Refused<UUID> invalid) {
		var duplicate = invalid.refusals().stream().filter(v -> v.code().equals("plans.youngPerson.otherHousehold"))
				.findFirst();
		if (duplicate.isPresent()) { // PLAN-3: a conflict with an existing household, not a typing error
			var v = duplicate.get();
			var text = messages.getMessage(v.code(), v.arguments().toArray(), LocaleContextHolder.getLocale());
			var response = Problems.conflict(text);
			response.getBody().setProperty("errors", List.of(Map.of("field", v.field(), "message", text)));
			return response;
		}
		return Problems.invalid(invalid.refusals().stream().map(v -> new Problems.FieldProblem(v.field(),
				messages.getMessage(v.code(), v.arguments().toArray(), LocaleContextHolder.getLocale()))).toList());
	}

}
