package nl.jeugdregie.monitoring.internal.periodic;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.monitoring.internal.outcomes.OutcomeIndicatorsService;
import nl.jeugdregie.monitoring.internal.outcomes.PeriodCheck;
import nl.jeugdregie.monitoring.internal.outcomes.ReportPeriod;
import nl.jeugdregie.monitoring.internal.outcomes.ReportPeriodPolicy;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outcome, quarterly, half-yearly and transformation reports (MON-2, MON-3, MON-5, MON-6) for the user's own
 * municipality: each as page, PDF and CSV, and in the API. A period in the future, reversed or unreadable is
 * refused in Dutch next to the form, or as problem+json; a period without facts gives an explicit empty report.
 */
@Controller
@Tag(name = "Rapportages")
class PeriodicReportController {

	private static final String VIEW = "monitoring/periodic/report";

	private final PeriodicReports reports;
	private final OutcomeIndicatorsService outcomes;
	private final HalfYearExplanations explanations;
	private final CurrentUsers users;
	private final Clock clock;
	private final OutcomeResponses answers;

	PeriodicReportController(PeriodicReports reports, OutcomeIndicatorsService outcomes,
			HalfYearExplanations explanations, CurrentUsers users, Clock clock, OutcomeResponses answers) {
		this.answers = answers;
		this.reports = reports;
		this.outcomes = outcomes;
		this.explanations = explanations;
		this.users = users;
		this.clock = clock;
	}

	// ---- Overview

	@GetMapping("/rapportages")
	String overview() {
		return "monitoring/periodic/overview";
	}

	// ---- Outcomes (MON-3)

	@GetMapping("/rapportages/uitkomsten")
	String outcomesPage(@RequestParam(name = "van", required = false) @Nullable String from,
			@RequestParam(name = "tot", required = false) @Nullable String to, Model model) {
		var quarter = previousQuarter();
		var chosenFrom = from == null ? quarter.from().toString().substring(0, 7) : from.strip();
		var chosenTo = to == null ? quarter.to().toString().substring(0, 7) : to.strip();
		var page = new ReportPage("Uitkomsten van de jeugdhulp",
				"De landelijke uitkomstindicatoren (CBS): uitval, tevredenheid en doelrealisatie, over de maanden die u kiest.",
				"/rapportages/uitkomsten", List.of(
						new ReportPage.Field("van", "Eerste maand", "Kies de eerste maand.", chosenFrom, "month"),
						new ReportPage.Field("tot", "Laatste maand", "Kies de laatste maand.", chosenTo, "month")),
				"van=" + chosenFrom + "&tot=" + chosenTo);
		return render(page, ReportPeriodPolicy.months(chosenFrom, chosenTo, today()), reports::outcomes, model);
	}

	@GetMapping("/rapportages/uitkomsten.csv")
	ResponseEntity<?> outcomesCsv(@RequestParam(name = "van", required = false) @Nullable String from,
			@RequestParam(name = "tot", required = false) @Nullable String to) {
		return export(ReportPeriodPolicy.months(from, to, today()), reports::outcomes, "uitkomsten", Format.CSV);
	}

	@GetMapping("/rapportages/uitkomsten.pdf")
	ResponseEntity<?> outcomesPdf(@RequestParam(name = "van", required = false) @Nullable String from,
			@RequestParam(name = "tot", required = false) @Nullable String to) {
		return export(ReportPeriodPolicy.months(from, to, today()), reports::outcomes, "uitkomsten", Format.PDF);
	}

	@GetMapping("/api/v1/reports/outcomes")
	@ResponseBody
	@Operation(summary = "The CBS outcome indicators over a period of months, through the disclosure control (MON-3); format=csv or pdf for a file")
	@ApiResponse(responseCode = "200", description = "De uitkomstindicatoren; met format=csv of pdf als bestand", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = OutcomeJson.class)),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")) })
	ResponseEntity<?> outcomesApi(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String format) {
		var check = ReportPeriodPolicy.months(from, to, today());
		if (format != null) {
			return export(check, reports::outcomes, "uitkomsten", Format.of(format));
		}
		return switch (check) {
			case PeriodCheck.Refused refused -> problem(refused);
			case PeriodCheck.Accepted accepted -> ResponseEntity.ok(
					OutcomeJson.of(outcomes.indicators(municipality(), accepted.period())));
		};
	}

	// ---- Quarterly report (MON-2)

	@GetMapping("/rapportages/kwartaal")
	String quarterPage(@RequestParam(name = "kwartaal", required = false) @Nullable String quarter, Model model) {
		var chosen = quarter == null ? previousQuarter().code() : quarter.strip();
		var page = new ReportPage("Kwartaalrapportage",
				"Aanmeldingen, wachtlijst, wachttijden, doorlooptijden en uitkomsten per kwartaal, voor de kwartaallevering.",
				"/rapportages/kwartaal", List.of(
						new ReportPage.Field("kwartaal", "Kwartaal", "Kies het kwartaal.", chosen, "quarter")),
				"kwartaal=" + chosen.strip());
		return render(page, ReportPeriodPolicy.quarter(chosen, today()), reports::quarterly, model);
	}

	@GetMapping("/rapportages/kwartaal.csv")
	ResponseEntity<?> quarterCsv(@RequestParam(name = "kwartaal", required = false) @Nullable String quarter) {
		return export(ReportPeriodPolicy.quarter(quarter, today()), reports::quarterly, "kwartaalrapportage", Format.CSV);
	}

	@GetMapping("/rapportages/kwartaal.pdf")
	ResponseEntity<?> quarterPdf(@RequestParam(name = "kwartaal", required = false) @Nullable String quarter) {
		return export(ReportPeriodPolicy.quarter(quarter, today()), reports::quarterly, "kwartaalrapportage", Format.PDF);
	}

	@GetMapping("/api/v1/reports/quarterly")
	@ResponseBody
	@Operation(summary = "The quarterly report of a quarter (MON-2); format=csv or pdf for a file")
	@ApiResponse(responseCode = "200", description = "Het kwartaalrapport; met format=csv of pdf als bestand", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = ReportDocument.class)),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")) })
	ResponseEntity<?> quarterApi(@RequestParam(required = false) @Nullable String quarter,
			@RequestParam(required = false) @Nullable String format) {
		return api(ReportPeriodPolicy.quarter(quarter, today()), reports::quarterly, "kwartaalrapportage", format);
	}

	// ---- Half-yearly progress report (MON-2)

	@GetMapping("/rapportages/halfjaar")
	String halfYearPage(@RequestParam(name = "halfjaar", required = false) @Nullable String halfYear, Model model) {
		return showHalfYear(halfYear == null ? previousHalfYear() : halfYear.strip(), model);
	}

	@PostMapping("/rapportages/halfjaar")
	String saveExplanation(@RequestParam(name = "halfjaar", required = false) @Nullable String halfYear,
			@RequestParam(name = "ontwikkelingen", required = false) @Nullable String developments,
			@RequestParam(name = "knelpunten", required = false) @Nullable String bottlenecks,
			@RequestParam(name = "aanbevelingen", required = false) @Nullable String recommendations,
			@RequestParam(name = "versie", required = false) @Nullable Integer version, Model model,
			RedirectAttributes redirect) {
		var check = ReportPeriodPolicy.halfYear(halfYear, today());
		if (!(check instanceof PeriodCheck.Accepted accepted)) {
			return render(halfYearPage(halfYear == null ? "" : halfYear), check, reports::halfYearly, model);
		}
		var user = users.current();
		var result = explanations.save(user.municipality(), accepted.period().code(), developments, bottlenecks,
				recommendations, version, user.displayName(), clock.instant());
		switch (result) {
			case Outcome.Done<HalfYearExplanation> saved -> {
				redirect.addAttribute("halfjaar", accepted.period().code());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/rapportages/halfjaar";
			}
			case Outcome.Refused<HalfYearExplanation>(var refusals) -> {
				model.addAttribute("explanationErrors", refusals.stream()
						.collect(java.util.stream.Collectors.toMap(Refusal::field, answers::message, (a, b) -> a)));
				model.addAttribute("draft", new Draft(developments, bottlenecks, recommendations, version));
			}
			case Outcome.Stale<HalfYearExplanation> stale -> model.addAttribute("conflict", true);
			case Outcome.NotFound<HalfYearExplanation> notFound -> throw new IllegalStateException("Saving never looks up");
			case Outcome.Forbidden<HalfYearExplanation> forbidden -> throw new IllegalStateException("Saving never forbids");
		}
		return showHalfYear(accepted.period().code(), model);
	}

	private String showHalfYear(String chosen, Model model) {
		var check = ReportPeriodPolicy.halfYear(chosen, today());
		if (check instanceof PeriodCheck.Accepted accepted) {
			reports.explanation(municipality(), accepted.period()).ifPresent(e -> model.addAttribute("explanation", e));
		}
		return render(halfYearPage(chosen), check, reports::halfYearly, model);
	}

	/** What the writer typed, shown again next to the refusal. */
	public record Draft(@Nullable String developments, @Nullable String bottlenecks, @Nullable String recommendations,
			@Nullable Integer version) {}

	private static ReportPage halfYearPage(String chosen) {
		return new ReportPage("Voortgangsrapportage halfjaar",
				"De cijfers van het halfjaar, met ruimte voor de toelichting: ontwikkelingen, knelpunten en aanbevelingen.",
				"/rapportages/halfjaar", List.of(
						new ReportPage.Field("halfjaar", "Halfjaar", "Kies het halfjaar.", chosen, "half-year")),
				"halfjaar=" + chosen.strip());
	}

	@GetMapping("/rapportages/halfjaar.csv")
	ResponseEntity<?> halfYearCsv(@RequestParam(name = "halfjaar", required = false) @Nullable String halfYear) {
		return export(ReportPeriodPolicy.halfYear(halfYear, today()), reports::halfYearly, "voortgangsrapportage", Format.CSV);
	}

	@GetMapping("/rapportages/halfjaar.pdf")
	ResponseEntity<?> halfYearPdf(@RequestParam(name = "halfjaar", required = false) @Nullable String halfYear) {
		return export(ReportPeriodPolicy.halfYear(halfYear, today()), reports::halfYearly, "voortgangsrapportage", Format.PDF);
	}

	@GetMapping("/api/v1/reports/half-yearly")
	@ResponseBody
	@Operation(summary = "The half-yearly progress report with its explanations (MON-2); format=csv or pdf for a file")
	@ApiResponse(responseCode = "200", description = "De voortgangsrapportage; met format=csv of pdf als bestand", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = ReportDocument.class)),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")) })
	ResponseEntity<?> halfYearApi(@RequestParam(required = false) @Nullable String halfYear,
			@RequestParam(required = false) @Nullable String format) {
		return api(ReportPeriodPolicy.halfYear(halfYear, today()), reports::halfYearly, "voortgangsrapportage", format);
	}

	// ---- Transformation and data with meaning (MON-5, MON-6)

	@GetMapping("/rapportages/transformatie")
	String transformationPage(@RequestParam(name = "jaar", required = false) @Nullable String year, Model model) {
		var chosen = year == null ? Integer.toString(today().getYear()) : year.strip();
		var page = new ReportPage("Transformatie en data met betekenis",
				"Verschuiving van zware naar lichte hulp, afschalen, uitstroom en jongeren van 18 jaar of ouder, per kwartaal.",
				"/rapportages/transformatie", List.of(
						new ReportPage.Field("jaar", "Jaar", "Kies het jaar.", chosen, "year")),
				"jaar=" + chosen.strip());
		return render(page, ReportPeriodPolicy.year(chosen, today()), this::transformation, model);
	}

	@GetMapping("/rapportages/transformatie.csv")
	ResponseEntity<?> transformationCsv(@RequestParam(name = "jaar", required = false) @Nullable String year) {
		return export(ReportPeriodPolicy.year(year, today()), this::transformation, "transformatie", Format.CSV);
	}

	@GetMapping("/rapportages/transformatie.pdf")
	ResponseEntity<?> transformationPdf(@RequestParam(name = "jaar", required = false) @Nullable String year) {
		return export(ReportPeriodPolicy.year(year, today()), this::transformation, "transformatie", Format.PDF);
	}

	@GetMapping("/api/v1/reports/transformation")
	@ResponseBody
	@Operation(summary = "Transformation and data with meaning per quarter of a year (MON-5, MON-6); format=csv or pdf for a file")
	@ApiResponse(responseCode = "200", description = "De transformatiecijfers; met format=csv of pdf als bestand", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = ReportDocument.class)),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")) })
	ResponseEntity<?> transformationApi(@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String format) {
		return api(ReportPeriodPolicy.year(year, today()), this::transformation, "transformatie", format);
	}

	private ReportDocument transformation(MunicipalityCode municipality, ReportPeriod period) {
		return reports.transformation(municipality, period.from().getYear());
	}

	// ---- Shared

	private enum Format {
		CSV, PDF, UNKNOWN;

		static Format of(String text) {
			return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
				case "csv" -> CSV;
				case "pdf" -> PDF;
				default -> UNKNOWN;
			};
		}
	}

	private String render(ReportPage page, PeriodCheck check,
			BiFunction<MunicipalityCode, ReportPeriod, ReportDocument> build, Model model) {
		model.addAttribute("page", page);
		switch (check) {
			case PeriodCheck.Refused refused -> {
				model.addAttribute("periodError", refused.detail());
				model.addAttribute("page", new ReportPage(page.heading(), page.introduction(), page.path(), page.fields(), null));
			}
			case PeriodCheck.Accepted accepted -> model.addAttribute("document", build.apply(municipality(), accepted.period()));
		}
		return VIEW;
	}

	private ResponseEntity<?> api(PeriodCheck check, BiFunction<MunicipalityCode, ReportPeriod, ReportDocument> build,
			String name, @Nullable String format) {
		if (format != null) {
			return export(check, build, name, Format.of(format));
		}
		return switch (check) {
			case PeriodCheck.Refused refused -> problem(refused);
			case PeriodCheck.Accepted accepted -> ResponseEntity.ok(build.apply(municipality(), accepted.period()));
		};
	}

	private ResponseEntity<?> export(PeriodCheck check, BiFunction<MunicipalityCode, ReportPeriod, ReportDocument> build,
			String name, Format format) {
		if (format == Format.UNKNOWN) {
			return Problems.of(HttpStatus.BAD_REQUEST, "onbekend-formaat", "Onbekend formaat",
					"Kies het formaat csv of pdf.");
		}
		return switch (check) {
			case PeriodCheck.Refused refused -> problem(refused);
			case PeriodCheck.Accepted accepted -> {
				var document = build.apply(municipality(), accepted.period());
				var filename = name + "-" + document.period().code().replace("..", "-tot-") + "." + format.name().toLowerCase(java.util.Locale.ROOT);
				var headers = ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(filename).build().toString());
				yield format == Format.CSV
						? headers.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(ReportCsv.of(document))
						: headers.contentType(MediaType.APPLICATION_PDF).body(ReportPdf.of(document, LocalDate.now(clock)));
			}
		};
	}

	private static ResponseEntity<?> problem(PeriodCheck.Refused refused) {
		return Problems.of(HttpStatus.BAD_REQUEST, refused.type(), refused.title(), refused.detail());
	}

	private MunicipalityCode municipality() {
		return users.current().municipality();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private ReportPeriod previousQuarter() {
		var date = today().minusMonths(3);
		return ReportPeriod.quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
	}

	private String previousHalfYear() {
		var date = today().minusMonths(6);
		return ReportPeriod.halfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2).code();
	}
}
