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
import java.util.UUID;
import java.util.function.Function;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.MunicipalityCode;
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
	private final Clock clock;

	KpiApiController(KpiService kpis, KpiExport exports, CurrentUsers users, Clock clock) {
		this.kpis = kpis;
		this.exports = exports;
		this.users = users;
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
			return exports.of(municipality(), chosen, normalised.equals("csv") ? KpiExport.Format.CSV : KpiExport.Format.PDF);
		}
		return switch (KpiYear.parse(chosen, LocalDate.now(clock))) {
			case KpiYear.Refused refused -> KpiExport.invalidYear(refused);
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
		return answer(kpis.addActionLine(municipality(), request.code(), request.name(), request.goal(), by()),
				id -> kpis.actionLine(municipality(), id), "/api/v1/reports/kpis/action-lines/");
	}

	@PutMapping("/action-lines/{id}")
	@Operation(summary = "Change an action line; version: the one last read, an old one answers 409")
	@ApiResponse(responseCode = "200", description = "De actielijn na de wijziging", content = @Content(schema = @Schema(implementation = ActionLine.class)))
	ResponseEntity<?> changeActionLine(@PathVariable String id, @RequestBody ActionLineRequest request) {
		return withId(id, uuid -> answer(kpis.changeActionLine(municipality(), uuid, request.code(), request.name(),
						request.goal(), request.version(), by()), found -> kpis.actionLine(municipality(), found), null));
	}

	@DeleteMapping("/action-lines/{id}")
	@Operation(summary = "Remove an action line without KPIs; version: the one last read")
	@ApiResponse(responseCode = "204", description = "Verwijderd")
	ResponseEntity<?> removeActionLine(@PathVariable String id, @RequestParam(required = false) @Nullable Integer version) {
		return withId(id, uuid -> answer(kpis.removeActionLine(municipality(), uuid, version), found -> Optional.empty(), null));
	}

	@PostMapping("/action-lines/{id}/kpis")
	@Operation(summary = "Add a KPI to an action line for a year: indicator, direction and target (MON-4)")
	@ApiResponse(responseCode = "201", description = "De KPI; Location wijst ernaar", content = @Content(schema = @Schema(implementation = Kpi.class)))
	ResponseEntity<?> addKpi(@PathVariable String id, @RequestBody KpiRequest request) {
		return withId(id, uuid -> answer(kpis.addKpi(municipality(), uuid, request.year() == null ? null : request.year().toString(),
								request.name(), request.indicator(), request.direction(), text(request.target()), by()),
						found -> kpis.kpi(municipality(), found), "/api/v1/reports/kpis/"));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a KPI's name, direction or target; version: the one last read, an old one answers 409")
	@ApiResponse(responseCode = "200", description = "De KPI na de wijziging", content = @Content(schema = @Schema(implementation = Kpi.class)))
	ResponseEntity<?> changeKpi(@PathVariable String id, @RequestBody KpiRequest request) {
		return withId(id, uuid -> answer(kpis.changeKpi(municipality(), uuid, request.name(), request.direction(),
						text(request.target()), request.version(), by()), found -> kpis.kpi(municipality(), found), null));
	}

	@PutMapping("/{id}/realisation")
	@Operation(summary = "Record a manual KPI's realisation with its source; version: the one last read")
	@ApiResponse(responseCode = "200", description = "De KPI met haar realisatie", content = @Content(schema = @Schema(implementation = Kpi.class)))
	ResponseEntity<?> realise(@PathVariable String id, @RequestBody RealisationRequest request) {
		return withId(id, uuid -> answer(kpis.realise(municipality(), uuid, text(request.value()), request.source(),
						request.version(), by()), found -> kpis.kpi(municipality(), found), null));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Remove a KPI; version: the one last read")
	@ApiResponse(responseCode = "204", description = "Verwijderd")
	ResponseEntity<?> removeKpi(@PathVariable String id, @RequestParam(required = false) @Nullable Integer version) {
		return withId(id, uuid -> answer(kpis.removeKpi(municipality(), uuid, version), found -> Optional.empty(), null));
	}

	@PostMapping("/copy-previous-year")
	@Operation(summary = "Copy the previous year's KPIs into the year, without their realisations")
	@ApiResponse(responseCode = "200", description = "Hoeveel KPI's zijn gekopieerd", content = @Content(schema = @Schema(implementation = Copied.class)))
	ResponseEntity<?> copyPreviousYear(@RequestParam(required = false) @Nullable String year) {
		return switch (kpis.copyPreviousYear(municipality(), year, by())) {
			case KpiChange.Done done -> ResponseEntity.ok(new Copied(done.count()));
			case KpiChange.Invalid invalid -> invalid(invalid);
			case KpiChange.Refused refused -> refused(refused);
			case KpiChange.NotFound _, KpiChange.Stale _ -> Problems.notFound();
		};
	}

	/**
	 * 201 with the new resource (when {@code created} names its collection), 200 with the changed one, or 204
	 * after a removal; otherwise the refusal as problem+json.
	 */
	private ResponseEntity<?> answer(KpiChange change, Function<UUID, Optional<?>> current,
			@Nullable String created) {
		return switch (change) {
			case KpiChange.Done done when done.id() == null -> ResponseEntity.noContent().build();
			case KpiChange.Done done -> current.apply(done.id())
					.<ResponseEntity<?>>map(body -> created == null
							? ResponseEntity.ok(body)
							: ResponseEntity.created(URI.create(created + done.id())).body(body))
					.orElseGet(() -> ResponseEntity.noContent().build());
			case KpiChange.Invalid invalid -> invalid(invalid);
			case KpiChange.NotFound notFound -> Problems.notFound();
			case KpiChange.Stale stale -> Problems.conflict(
					"Iemand anders heeft dit net gewijzigd. Haal de nieuwe versie op en probeer het opnieuw.");
			case KpiChange.Refused refused -> refused(refused);
		};
	}

	private static ResponseEntity<?> withId(String id, Function<UUID, ResponseEntity<?>> action) {
		var uuid = KpiPageController.uuid(id);
		return uuid.isPresent() ? action.apply(uuid.get()) : Problems.notFound();
	}

	private static ResponseEntity<?> invalid(KpiChange.Invalid invalid) {
		return Problems.invalid(invalid.violations().stream()
				.map(v -> new Problems.FieldProblem(v.field(), v.message())).toList());
	}

	private static ResponseEntity<?> refused(KpiChange.Refused refused) {
		return Problems.of(HttpStatus.CONFLICT, "kpi-geweigerd", "Niet mogelijk", refused.reason());
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
