package nl.jeugdregie.monitoring.internal.kpi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * KPIs per action line in the API (MON-4): the yearly overview (JSON, CSV or PDF) for team leads and policy
 * officers; changes for the policy officer only (see SecurityConfiguration). Refusals are problem+json with the
 * same Dutch messages as the pages.
 */
@RestController
@RequestMapping("/api/v1/reports/kpis")
@Tag(name = "Rapportages: KPI's", description = "KPIs per action line with their yearly status, as JSON, CSV or PDF (MON-4)")
class KpiApiController {

	private final KpiService kpis;
	private final KpiExport exports;
	private final CurrentUsers users;
	private final OutcomeResponses responses;
	private final Clock clock;

	KpiApiController(KpiService kpis, KpiExport exports, CurrentUsers users, OutcomeResponses responses, Clock clock) {
		this.kpis = kpis;
		this.exports = exports;
		this.users = users;
		this.responses = responses;
		this.clock = clock;
	}

	/** A new action line. */
	record ActionLineRequest(@Nullable String code, @Nullable String name, @Nullable String goal,
			@Nullable Integer version) {}

	/** A new KPI, or a changed one (year and indicator are then ignored: they are fixed). */
	record KpiRequest(@Nullable Integer year, @Nullable String name, @Nullable String indicator,
			@Nullable String direction, @Nullable BigDecimal target, @Nullable Integer version) {}

	/** The realised value of a hand-entered KPI. */
	record RealisationRequest(@Nullable BigDecimal value, @Nullable String source, @Nullable Integer version) {}

	/** How many KPIs were copied from the previous year. */
	record Copied(int copied) {}

	/** One indicator of the catalogue. */
	record IndicatorJson(String code, String name, String unit, boolean manual, String definition) {}

	@GetMapping
	@Operation(summary = "The KPIs of a year per action line with their status (MON-4); format=csv or pdf for a file")
	@ApiResponse(responseCode = "200", description = "The year's KPIs", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = KpiYearView.class)),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")) })
	ResponseEntity<?> year(@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String format) {
		var chosen = year == null ? Integer.toString(LocalDate.now(clock).getYear()) : year;
		if (format != null) {
			var normalised = format.strip().toLowerCase(Locale.ROOT);
			if (!normalised.equals("csv") && !normalised.equals("pdf")) {
				return Problems.of(HttpStatus.BAD_REQUEST, "onbekend-formaat", "Onbekend formaat", "Kies het formaat csv of pdf.");
			}
			return exports.of(municipality(), KpiYear.parse(chosen, LocalDate.now(clock)),
					normalised.equals("csv") ? KpiExport.Format.CSV : KpiExport.Format.PDF);
		}
		return switch (KpiYear.parse(chosen, LocalDate.now(clock))) {
			case KpiYear.Refused refused -> exports.invalidYear(refused);
			case KpiYear.Accepted accepted -> ResponseEntity.ok(kpis.year(municipality(), accepted.year()));
		};
	}

	@GetMapping("/indicators")
	@Operation(summary = "The catalogue of indicators a KPI can measure, with their unit and definition (MON-4)")
	List<IndicatorJson> indicators() {
		return Arrays.stream(KpiIndicator.values())
				.map(i -> new IndicatorJson(i.name(), i.dutchName(), i.unit().name(), i.manual(), i.definition()))
				.toList();
	}

	@PostMapping("/action-lines")
	@Operation(summary = "Add an action line with code, name and goal (policy officer, MON-4)")
	@ApiResponse(responseCode = "201", description = "De actielijn; Location wijst ernaar", content = @Content(schema = @Schema(implementation = ActionLine.class)))
	ResponseEntity<?> addActionLine(@RequestBody ActionLineRequest request) {
		return answer(KpiCommands.AddActionLine.of(request.code(), request.name(), request.goal())
						.then(line -> kpis.addActionLine(municipality(), line, by())),
				id -> created("/api/v1/reports/kpis/action-lines/" + id, kpis.actionLine(municipality(), id)));
	}

	@PutMapping("/action-lines/{id}")
	@Operation(summary = "Change an action line; version: the one last read, an old one answers 409")
	@ApiResponse(responseCode = "200", description = "De actielijn na de wijziging", content = @Content(schema = @Schema(implementation = ActionLine.class)))
	ResponseEntity<?> changeActionLine(@PathVariable String id, @RequestBody ActionLineRequest request) {
		return answer(line(id).then(line -> KpiCommands.ChangeActionLine.of(new ActionLineId(line.id()), request.code(),
								request.name(), request.goal(), request.version()))
						.then(change -> kpis.changeActionLine(municipality(), change, by())),
				changed -> ok(kpis.actionLine(municipality(), changed)));
	}

	@DeleteMapping("/action-lines/{id}")
	@Operation(summary = "Remove an action line without KPIs; version: the one last read")
	@ApiResponse(responseCode = "204", description = "Verwijderd")
	ResponseEntity<?> removeActionLine(@PathVariable String id, @RequestParam(required = false) @Nullable Integer version) {
		return answer(line(id).then(line -> KpiCommands.RemoveActionLine.of(new ActionLineId(line.id()), version))
				.then(removal -> kpis.removeActionLine(municipality(), removal)), removed -> ResponseEntity.noContent().build());
	}

	@PostMapping("/action-lines/{id}/kpis")
	@Operation(summary = "Add a KPI to an action line for a year: indicator, direction and target (MON-4)")
	@ApiResponse(responseCode = "201", description = "De KPI; Location wijst ernaar", content = @Content(schema = @Schema(implementation = Kpi.class)))
	ResponseEntity<?> addKpi(@PathVariable String id, @RequestBody KpiRequest request) {
		return answer(line(id).then(line -> KpiCommands.AddKpi.of(new ActionLineId(line.id()),
								request.year() == null ? null : request.year().toString(), request.name(), request.indicator(),
								request.direction(), text(request.target()), LocalDate.now(clock)))
						.then(kpi -> kpis.addKpi(municipality(), kpi, by())),
				added -> created("/api/v1/reports/kpis/" + added, kpis.kpi(municipality(), added)));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a KPI's name, direction or target; version: the one last read, an old one answers 409")
	@ApiResponse(responseCode = "200", description = "De KPI na de wijziging", content = @Content(schema = @Schema(implementation = Kpi.class)))
	ResponseEntity<?> changeKpi(@PathVariable String id, @RequestBody KpiRequest request) {
		return answer(kpi(id).then(kpi -> KpiCommands.ChangeKpi.of(kpi, request.name(), request.direction(),
								text(request.target()), request.version()))
						.then(change -> kpis.changeKpi(municipality(), change, by())),
				changed -> ok(kpis.kpi(municipality(), changed)));
	}

	@PutMapping("/{id}/realisation")
	@Operation(summary = "Record a manual KPI's realisation with its source; version: the one last read")
	@ApiResponse(responseCode = "200", description = "De KPI met haar realisatie", content = @Content(schema = @Schema(implementation = Kpi.class)))
	ResponseEntity<?> realise(@PathVariable String id, @RequestBody RealisationRequest request) {
		return answer(kpi(id).then(kpi -> KpiCommands.Realise.of(kpi, text(request.value()), request.source(),
								request.version(), LocalDate.now(clock)))
						.then(realisation -> kpis.realise(municipality(), realisation, by())),
				realised -> ok(kpis.kpi(municipality(), realised)));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Remove a KPI; version: the one last read")
	@ApiResponse(responseCode = "204", description = "Verwijderd")
	ResponseEntity<?> removeKpi(@PathVariable String id, @RequestParam(required = false) @Nullable Integer version) {
		return answer(kpi(id).then(kpi -> KpiCommands.RemoveKpi.of(new KpiId(kpi.id()), version))
				.then(removal -> kpis.removeKpi(municipality(), removal)), removed -> ResponseEntity.noContent().build());
	}

	@PostMapping("/copy-previous-year")
	@Operation(summary = "Copy the previous year's KPIs into the year, without their realisations")
	@ApiResponse(responseCode = "200", description = "Hoeveel KPI's zijn gekopieerd", content = @Content(schema = @Schema(implementation = Copied.class)))
	ResponseEntity<?> copyPreviousYear(@RequestParam(required = false) @Nullable String year) {
		return answer(KpiCommands.CopyPreviousYear.of(year, LocalDate.now(clock))
						.then(copy -> kpis.copyPreviousYear(municipality(), copy, by())),
				copied -> ResponseEntity.ok(new Copied(copied)));
	}

	/**
	 * The platform's answer ({@link OutcomeResponses}), except that a refusal of the change as a whole (an action
	 * line that still has KPIs, a computed KPI, nothing to copy) is this API's 409 "kpi-geweigerd" with the Dutch
	 * reason as detail, as documented for MON-4.
	 */
	private <T> ResponseEntity<?> answer(Outcome<T> outcome, Function<T, ResponseEntity<?>> whenDone) {
		if (outcome instanceof Outcome.Refused<T>(var refusals) && refusals.getFirst().concernsWhole()) {
			return Problems.of(HttpStatus.CONFLICT, "kpi-geweigerd", "Niet mogelijk", responses.message(refusals.getFirst()));
		}
		return responses.toResponse(outcome, whenDone);
	}

	private Outcome<ActionLine> line(String id) {
		return ActionLineId.parse(id).flatMap(line -> kpis.actionLine(municipality(), line))
				.<Outcome<ActionLine>>map(Outcome::done).orElseGet(Outcome::notFound);
	}

	private Outcome<Kpi> kpi(String id) {
		return KpiId.parse(id).flatMap(kpi -> kpis.kpi(municipality(), kpi))
				.<Outcome<Kpi>>map(Outcome::done).orElseGet(Outcome::notFound);
	}

	/** 201 with the new resource; 204 should it be gone again already. */
	private static ResponseEntity<?> created(String location, Optional<?> body) {
		return body.<ResponseEntity<?>>map(found -> ResponseEntity.created(URI.create(location)).body(found))
				.orElseGet(() -> ResponseEntity.noContent().build());
	}

	/** 200 with the changed resource; 204 should it be gone again already. */
	private static ResponseEntity<?> ok(Optional<?> body) {
		return body.<ResponseEntity<?>>map(found -> ResponseEntity.ok(found))
				.orElseGet(() -> ResponseEntity.noContent().build());
	}

	private static @Nullable String text(@Nullable BigDecimal number) {
		return number == null ? null : number.toPlainString();
	}

	private MunicipalityCode municipality() {
		return users.current().municipality();
	}

	private String by() {
		return users.current().displayName();
	}
}
