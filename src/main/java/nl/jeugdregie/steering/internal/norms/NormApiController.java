package nl.jeugdregie.steering.internal.norms;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import nl.jeugdregie.steering.internal.period.NormPeriod;

/**
 * Norms over REST (STU-5, BEY-3): each norm's status with the figure behind it; the provider delivers figures (one
 * at a time, or a CSV file with an evidence file) and cause analyses; the municipality closes quarters. Refusals are
 * problem+json with the field, or the CSV row and column.
 */
@RestController
@RequestMapping("/api/v1/steering/norms")
@Tag(name = "Sturing: normen", description = "Measurable norms evaluated from case data or the provider's quarterly figures (STU-2)")
class NormApiController {

	private final NormService service;
	private final CurrentUsers users;
	private final OutcomeResponses responses;
	private final Clock clock;

	NormApiController(NormService service, CurrentUsers users, OutcomeResponses responses,
			Clock clock) {
		this.service = service;
		this.users = users;
		this.responses = responses;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "The measurable norms of the assignment with their latest evaluation (STU-2)")
	List<NormResponse> norms() {
		return service.evaluations(users.current()).stream().map(NormResponse::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One norm with its evaluation and every figure delivered for it (STU-2)")
	@ApiResponse(responseCode = "200", description = "De norm met haar cijfers", content = @Content(schema = @Schema(implementation = NormDetailResponse.class)))
	ResponseEntity<?> norm(@PathVariable long id) {
		var user = users.current();
		return NormCommands.NormId.of(id).flatMap(norm -> service.evaluation(user, norm)).<ResponseEntity<?>>map(evaluation -> ResponseEntity.ok(
				new NormDetailResponse(NormResponse.of(evaluation), service.figures(evaluation.norm()).stream()
						.map(FigureResponse::of).toList())))
				.orElseGet(NormApiController::notFound);
	}

	/** STU-5: a new norm on a core condition (policy officers and administrators). */
	@PostMapping
	@Operation(summary = "Add a measurable norm to a goal of a type of work (municipality)")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content)
	ResponseEntity<?> add(@RequestBody NewNormRequest request) {
		var user = users.current();
		return answer(service.coreCondition(user, request.coreConditionId())
				.then(condition -> NormCommands.AddNorm.of(condition, request.code(), request.description(), request.kind(),
						request.target(), request.deadline(), request.period(), request.effectiveFrom(), today()))
				.then(addition -> service.addNorm(user, addition)));
	}

	@PostMapping("/{id}/figures")
	@Operation(summary = "Deliver a provider's quarterly figure for a norm (STU-2)")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content)
	ResponseEntity<?> deliver(@PathVariable long id, @RequestBody FigureRequest request) {
		var user = users.current();
		return answer(deliverable(user, id)
				.then(evaluation -> NormCommands.DeliverFigure.of(evaluation.norm(), request.period(), request.value(), null,
						today(), service.closedQuarters(evaluation.norm())))
				.then(delivery -> service.deliverFigure(user, delivery)));
	}

	@PostMapping(path = "/figures", consumes = "multipart/form-data")
	@Operation(summary = "Upload the provider's quarterly figures as CSV, with optional evidence; any bad row refuses the file (STU-2)")
	@ApiResponse(responseCode = "201", description = "Hoeveel cijfers zijn ingelezen", content = @Content(schema = @Schema(implementation = Uploaded.class)))
	ResponseEntity<?> upload(@RequestPart("file") MultipartFile file,
			@RequestPart(name = "evidence", required = false) @Nullable MultipartFile evidence) throws IOException {
		var result = service.upload(users.current(), file.getBytes(), NormPageController.evidence(evidence));
		return switch (result) {
			case NormService.Imported imported -> ResponseEntity.status(HttpStatus.CREATED)
					.body(new Uploaded(imported.figures()));
			case NormService.UploadRefused refused -> {
				if (refused.problems().stream().anyMatch(p -> p.refusal().code().equals(NormService.NOT_PERMITTED))) {
					yield Problems.forbidden(responses.message(refused.problems().getFirst().refusal()));
				}
				var response = Problems.of(HttpStatus.BAD_REQUEST, "ongeldig-bestand", "Bestand niet ingelezen",
						"Het bestand is niet ingelezen; er is niets opgeslagen. Herstel de regels hieronder.");
				response.getBody().setProperty("errors", refused.problems().stream()
						.map(problem -> Map.of("row", problem.row(), "column", problem.column(), "message",
								problem.message(responses)))
						.toList());
				yield response;
			}
		};
	}

	@PostMapping("/{id}/cause-analyses")
	@Operation(summary = "Record the cause analysis of a norm that was not met (STU-2)")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content)
	ResponseEntity<?> causeAnalysis(@PathVariable long id, @RequestBody CauseAnalysisRequest request) {
		var user = users.current();
		return answer(deliverable(user, id)
				.then(evaluation -> NormCommands.RecordCauseAnalysis.of(evaluation, request.period(), request.analysis()))
				.then(analysis -> service.recordCauseAnalysis(user, analysis)));
	}

	@PostMapping("/closed-quarters")
	@Operation(summary = "Close a quarter: figures for it can no longer be delivered (STU-2)")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content)
	ResponseEntity<?> closeQuarter(@RequestBody CloseQuarterRequest request) {
		var user = users.current();
		return answer(service.closable(user)
				.then(assignment -> NormCommands.CloseQuarter.of(request.quarter(), today()))
				.then(closing -> service.closeQuarter(user, closing)));
	}

	/** 201 when saved; otherwise the platform's problem+json, except that an unknown norm is named as a norm. */
	private <T> ResponseEntity<?> answer(Outcome<T> outcome) {
		return switch (outcome) {
			case Outcome.NotFound<T> _ -> notFound();
			case Outcome.Done<T> _, Outcome.Refused<T> _, Outcome.Forbidden<T> _, Outcome.Stale<T> _ ->
					responses.toResponse(outcome, saved -> ResponseEntity.status(HttpStatus.CREATED).build());
		};
	}

	private Outcome<NormEvaluation> deliverable(CurrentUser user, long id) {
		return NormCommands.NormId.of(id).map(norm -> service.deliverable(user, norm))
				.orElseGet(() -> NormService.mayDeliver(user) ? Outcome.notFound() : Outcome.forbidden(NormService.NOT_PERMITTED));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static ResponseEntity<?> notFound() {
		return Problems.of(HttpStatus.NOT_FOUND, "niet-gevonden", "Niet gevonden",
				"Deze norm bestaat niet, of u mag hem niet zien.");
	}

	/**
	 * A figure for a period.
	 *
	 * @param period "2026-K3" (quarter), "2026-H1" (half year) or "2025" (year)
	 * @param value a percentage or count ("83,5"); for a deadline norm the day it was done ("15-12-2021")
	 */
	record FigureRequest(@Nullable String period, @Nullable String value) {}

	/**
	 * A new norm.
	 *
	 * @param kind PERCENT_AT_LEAST, PERCENT_AT_MOST, COUNT_AT_LEAST or DEADLINE
	 * @param target a percentage (0–100) or a count, Dutch decimal text; empty for a deadline
	 * @param deadline for a deadline norm, "1-1-2022" or "2022-01-01"
	 * @param period QUARTER, HALF_YEAR or YEAR
	 */
	record NewNormRequest(@Nullable Long coreConditionId, @Nullable String code, @Nullable String description,
			@Nullable String kind, @Nullable String target, @Nullable String deadline, @Nullable String period,
			@Nullable String effectiveFrom) {}

	record CauseAnalysisRequest(@Nullable String period, @Nullable String analysis) {}

	record CloseQuarterRequest(@Nullable String quarter) {}

	@Schema(name = "SteeringNorm")
	record NormResponse(long id, String code, String typeOfWork, String description, NormKind kind,
			@Nullable BigDecimal target, @Nullable LocalDate deadline, NormPeriod period, LocalDate effectiveFrom,
			NormMeasure measure, String targetText, String evaluatedPeriod, NormStatus status, String statusText,
			@Nullable BigDecimal figure, @Nullable LocalDate completedOn, FigureSource source, String basis,
			@Nullable String deliveredBy, @Nullable Instant deliveredAt, boolean causeAnalysisRequired,
			boolean causeAnalysisDelivered) {

		static NormResponse of(NormEvaluation evaluation) {
			var norm = evaluation.norm();
			return new NormResponse(norm.id(), norm.code(), norm.typeOfWorkName(), norm.description(), norm.kind(),
					norm.target(), norm.deadline(), norm.period(), norm.effectiveFrom(), norm.measure(), norm.targetText(),
					evaluation.period().label(), evaluation.status(), evaluation.status().dutchName(), evaluation.figure(),
					evaluation.completedOn(), evaluation.source(), evaluation.basis(), evaluation.deliveredBy(),
					evaluation.deliveredAt(), evaluation.causeAnalysisRequired(), evaluation.causeAnalysisDelivered());
		}
	}

	@Schema(name = "NormFigure")
	record FigureResponse(String period, @Nullable BigDecimal value, @Nullable LocalDate completedOn,
			@Nullable Long evidenceId, @Nullable String evidenceName, String deliveredBy, Instant deliveredAt) {

		static FigureResponse of(DeliveredFigure figure) {
			return new FigureResponse(figure.periodStart() + "/" + figure.periodEnd(), figure.value(), figure.completedOn(),
					figure.evidenceId(), figure.evidenceName(), figure.deliveredBy(), figure.deliveredAt());
		}
	}

	/** How many figures the uploaded file held. */
	record Uploaded(int imported) {}

	record NormDetailResponse(NormResponse norm, List<FigureResponse> figures) {}
}
