package nl.jeugdregie.plans.internal.futureplan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.plans.HouseholdId;
import nl.jeugdregie.plans.internal.household.InvalidPlanProblems;
import nl.jeugdregie.platform.api.IfMatch;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Future plans 18-/18+ in the REST API (PLAN-4), with the same rules, access and audit as the UI. A change names
 * the plan's {@code version} in {@code If-Match}; a stale version answers 409 and saves nothing. A young person
 * outside the age range answers 422.
 */
@RestController
@Tag(name = "Toekomstplannen", description = "Future plans 18-/18+ of young people and the team's worklist (PLAN-4)")
class FuturePlanApiController {

	private final FuturePlanService service;
	private final CurrentUsers users;
	private final MessageSource messages;

	FuturePlanApiController(FuturePlanService service, CurrentUsers users, MessageSource messages) {
		this.service = service;
		this.users = users;
		this.messages = messages;
	}

	record Created(UUID id) {}

	record Domain(String domain, String currentSituation, String needed, @Nullable String networkDoes,
			@Nullable String formalDoes) {}

	record KeyDate(UUID id, String kind, LocalDate dueOn, String description) {}

	@Schema(name = "FuturePlan")
	record PlanResponse(UUID id, UUID household, UUID youngPerson, @Nullable Integer age,
			@Nullable LocalDate eighteenthBirthday, @Nullable String motivation, long version, List<Domain> domains,
			List<KeyDate> dates) {

		static PlanResponse of(FuturePlanViews.PlanPage page) {
			var plan = page.plan();
			return new PlanResponse(plan.id(), plan.householdId(), plan.memberId(), page.youngPerson().age(),
					page.youngPerson().eighteenthBirthday(), plan.motivation(), plan.version(),
					plan.domains().stream().map(d -> new Domain(d.domain().name(), d.currentSituation(), d.needed(),
							d.networkDoes(), d.formalDoes())).toList(),
					plan.dates().stream().map(d -> new KeyDate(d.id(), d.kind().name(), d.dueOn(), d.description())).toList());
		}
	}

	record YoungPerson(UUID member, @Nullable Integer age, @Nullable LocalDate eighteenthBirthday, boolean eligible,
			@Nullable UUID futurePlan) {}

	@Schema(name = "FuturePlanWorklistRow")
	record WorklistRow(UUID household, String householdNumber, UUID youngPerson, LocalDate eighteenthBirthday,
			long daysUntil) {}

	@Schema(name = "FuturePlanWorklist")
	record WorklistResponse(int horizonMonths, LocalDate until, List<WorklistRow> youngPeople) {}

	@GetMapping("/api/v1/households/{id}/future-plans")
	@Operation(summary = "The household's young people: age, 18th birthday, whether a future plan may be made, and its id")
	@ApiResponse(responseCode = "200", description = "De jongeren van het huishouden", content = @Content(array = @ArraySchema(schema = @Schema(implementation = YoungPerson.class))))
	ResponseEntity<?> overview(@PathVariable UUID id) {
		return switch (service.overview(new HouseholdId(id), users.current(), "Toekomstplannen bekeken (API)")) {
			case FuturePlanViews.Opening.Opened<FuturePlanViews.Overview> opened -> ResponseEntity.ok(
					opened.view().youngPeople().stream().map(p -> new YoungPerson(p.member().id(), p.age(),
							p.eighteenthBirthday(), p.eligible(), p.planId())).toList());
			case FuturePlanViews.Opening.NotFound<FuturePlanViews.Overview> n -> Problems.notFound();
			case FuturePlanViews.Opening.Forbidden<FuturePlanViews.Overview> f -> forbidden();
		};
	}

	@PostMapping("/api/v1/households/{id}/future-plans")
	@Operation(summary = "Make a future plan for a young person of the household within the age range (PLAN-4)")
	@ApiResponse(responseCode = "201", description = "Aangemaakt; Location wijst naar het plan", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> create(@PathVariable UUID id, @RequestBody FutureCommands.NewFuturePlan body) {
		var outcome = service.create(new HouseholdId(id), body, users.current());
		if (outcome instanceof Outcome.Done<UUID> saved) {
			return ResponseEntity.created(URI.create("/api/v1/households/" + id + "/future-plans/" + saved.value()))
					.body(new Created(saved.value()));
		}
		return answer(outcome);
	}

	@GetMapping("/api/v1/households/{id}/future-plans/{plan}")
	@Operation(summary = "A future plan: life domains with who does what, and the dates around the 18th birthday")
	@ApiResponse(responseCode = "200", description = "Het toekomstplan; ETag is de versie", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
	ResponseEntity<?> plan(@PathVariable UUID id, @PathVariable UUID plan) {
		return switch (service.plan(new HouseholdId(id), plan, users.current(), "Toekomstplan bekeken (API)")) {
			case FuturePlanViews.Opening.Opened<FuturePlanViews.PlanPage> opened -> ResponseEntity.ok()
					.eTag("\"" + opened.view().plan().version() + "\"").body(PlanResponse.of(opened.view()));
			case FuturePlanViews.Opening.NotFound<FuturePlanViews.PlanPage> n -> Problems.notFound();
			case FuturePlanViews.Opening.Forbidden<FuturePlanViews.PlanPage> f -> forbidden();
		};
	}

	@PostMapping("/api/v1/households/{id}/future-plans/{plan}/domains")
	@Operation(summary = "Record or replace a life domain of the plan; If-Match: the plan's version")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> saveDomain(@PathVariable UUID id, @PathVariable UUID plan,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody FutureCommands.DomainEntry body) {
		var version = IfMatch.version(ifMatch);
		return version == null ? Problems.versionRequired()
				: answer(service.saveDomain(new HouseholdId(id), plan, version, body, users.current()));
	}

	@PostMapping("/api/v1/households/{id}/future-plans/{plan}/dates")
	@Operation(summary = "Add a date around the 18th birthday; If-Match: the plan's version")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> addDate(@PathVariable UUID id, @PathVariable UUID plan,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody FutureCommands.NewKeyDate body) {
		var version = IfMatch.version(ifMatch);
		return version == null ? Problems.versionRequired()
				: answer(service.addDate(new HouseholdId(id), plan, version, body, users.current()));
	}

	@GetMapping("/api/v1/future-plans/worklist")
	@Operation(summary = "The team's young people turning 18 within the horizon without a future plan, soonest first")
	@ApiResponse(responseCode = "200", description = "De werklijst", content = @Content(schema = @Schema(implementation = WorklistResponse.class)))
	ResponseEntity<?> worklist() {
		var worklist = service.worklist(users.current());
		return ResponseEntity.ok(new WorklistResponse(worklist.horizonMonths(), worklist.until(), worklist.rows().stream()
				.map(r -> new WorklistRow(r.householdId(), r.householdNumber(), r.memberId(), r.eighteenthBirthday(),
						r.daysUntil())).toList()));
	}

	private ResponseEntity<?> answer(Outcome<UUID> outcome) {
		return switch (outcome) {
			case Outcome.Done<UUID> saved -> ResponseEntity.status(HttpStatus.CREATED).body(new Created(saved.value()));
			case Outcome.Refused<UUID> invalid -> InvalidPlanProblems.of(messages, invalid, FuturePlanController::isRefusal,
					"leeftijd-buiten-doelgroep", "Toekomstplan niet toegestaan");
			case Outcome.Stale<UUID> stale -> Problems.conflict(
					"Iemand anders heeft dit toekomstplan net gewijzigd. Haal de nieuwe versie op en probeer het opnieuw.");
			case Outcome.NotFound<UUID> notFound -> Problems.notFound();
			case Outcome.Forbidden<UUID> refused -> forbidden();
		};
	}

	private static ResponseEntity<?> forbidden() {
		return Problems.forbidden("Alleen het team van het gezin en de regisseur zien en wijzigen het toekomstplan.");
	}
}
