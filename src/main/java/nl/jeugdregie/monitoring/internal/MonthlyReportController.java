package nl.jeugdregie.monitoring.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The monthly waiting-term report (TOE-9) on screen and in the API, for the user's own municipality. */
@Controller
@Tag(name = "Rapportages", description = "The municipality's reports (monthly waiting term, outcomes, quarterly and half-yearly, transformation), aggregate and suppressed (MON-2 … MON-7)")
class MonthlyReportController {

	private final MonthlyWaitingReports reports;
	private final CurrentUsers users;
	private final Clock clock;

	MonthlyReportController(MonthlyWaitingReports reports, CurrentUsers users, Clock clock) {
		this.reports = reports;
		this.users = users;
		this.clock = clock;
	}

	@GetMapping("/rapportages/maand")
	String page(@RequestParam(name = "maand", required = false) @Nullable String month,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		var view = render(month, model);
		// htmx swaps only the form and the report; without JavaScript the whole page loads.
		return htmx == null ? view : view + " :: section";
	}

	private String render(@Nullable String month, Model model) {
		var chosen = month == null || month.isBlank() ? YearMonth.now(clock).minusMonths(1) : parse(month);
		model.addAttribute("currentMonth", YearMonth.now(clock));
		if (chosen == null) {
			model.addAttribute("monthError", "Kies een maand, bijvoorbeeld " + YearMonth.now(clock).minusMonths(1) + ".");
			model.addAttribute("month", month);
			return "monitoring/monthly";
		}
		model.addAttribute("month", chosen);
		if (reports.isInTheFuture(chosen)) {
			model.addAttribute("monthError", "Deze maand is nog niet begonnen. Kies de huidige maand of een eerdere maand.");
			return "monitoring/monthly";
		}
		model.addAttribute("report", reports.report(users.current().municipality(), chosen));
		return "monitoring/monthly";
	}

	/** The same report as CSV for the monthly delivery; an unusable month answers with the page and its error. */
	@GetMapping("/rapportages/maand.csv")
	ResponseEntity<?> csv(@RequestParam(name = "maand", required = false) @Nullable String month) {
		var chosen = parse(month);
		if (chosen == null || reports.isInTheFuture(chosen)) {
			return Problems.of(HttpStatus.BAD_REQUEST, "ongeldige-maand", "Ongeldige maand",
					"Kies de huidige maand of een eerdere maand, als jjjj-mm.");
		}
		return csvResponse(reports.report(users.current().municipality(), chosen));
	}

	/** The same report as PDF for the monthly delivery. */
	@GetMapping("/rapportages/maand.pdf")
	ResponseEntity<?> pdf(@RequestParam(name = "maand", required = false) @Nullable String month) {
		var chosen = parse(month);
		if (chosen == null || reports.isInTheFuture(chosen)) {
			return Problems.of(HttpStatus.BAD_REQUEST, "ongeldige-maand", "Ongeldige maand",
					"Kies de huidige maand of een eerdere maand, als jjjj-mm.");
		}
		var report = reports.report(users.current().municipality(), chosen);
		return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename("maandrapportage-" + report.month() + ".pdf").build().toString())
				.body(MonthlyReportPdf.of(report, LocalDate.now(clock)));
	}

	@GetMapping(path = "/api/v1/reports/monthly-waiting-term", params = "format=pdf")
	@ResponseBody
	@Operation(summary = "The monthly waiting-term report of a month per team, every figure through the disclosure control (TOE-9); format=csv or pdf for a file")
	@ApiResponse(responseCode = "200", description = "Het rapport; met format=csv of pdf als bestand", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = ReportJson.class)),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")) })
	ResponseEntity<?> apiPdf(@RequestParam @Nullable String month) {
		return pdf(month);
	}

	@GetMapping(path = "/api/v1/reports/monthly-waiting-term", params = "format=csv")
	@ResponseBody
	@Operation(summary = "The monthly waiting-term report of a month per team, every figure through the disclosure control (TOE-9); format=csv or pdf for a file")
	@ApiResponse(responseCode = "200", description = "Het rapport; met format=csv of pdf als bestand", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = ReportJson.class)),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")) })
	ResponseEntity<?> apiCsv(@RequestParam @Nullable String month) {
		return csv(month);
	}

	private static ResponseEntity<String> csvResponse(MonthlyWaitingReport report) {
		return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename("maandrapportage-" + report.month() + ".csv").build().toString())
				.body(MonthlyReportCsv.of(report));
	}

	/** Published figures (SEC-2): a left-out value is null with its mark (k or b, see the legend). */
	record FiguresJson(@Nullable Long count, @Nullable Long weeks, @Nullable String weeksMark, @Nullable Long maxWeeks,
			@Nullable String maxWeeksMark) {

		static FiguresJson of(MonthlyWaitingReport.Figures f) {
			return new FiguresJson(f.count().value(), f.weeks().value(), f.weeks().mark(), f.maxWeeks().value(),
					f.maxWeeks().mark());
		}
	}

	record LineJson(String name, FiguresJson startedLate, FiguresJson stillWaiting, FiguresJson routeEndedLate,
			FiguresJson routeStillRunning) {

		static LineJson of(MonthlyWaitingReport.Line line) {
			return new LineJson(line.name(), FiguresJson.of(line.startedLate()), FiguresJson.of(line.stillWaiting()),
					FiguresJson.of(line.routeEndedLate()), FiguresJson.of(line.routeStillRunning()));
		}
	}

	record ReportJson(String municipality, String month, String referenceDate, List<LineJson> teams, LineJson total,
			List<String> legend) {}

	@GetMapping("/api/v1/reports/monthly-waiting-term")
	@ResponseBody
	@Operation(summary = "The monthly waiting-term report of a month per team, every figure through the disclosure control (TOE-9); format=csv or pdf for a file")
	@ApiResponse(responseCode = "200", description = "Het rapport; met format=csv of pdf als bestand", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = ReportJson.class)),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")) })
	ResponseEntity<?> api(@RequestParam @Nullable String month) {
		var chosen = parse(month);
		if (chosen == null) {
			return Problems.of(HttpStatus.BAD_REQUEST, "ongeldige-maand", "Ongeldige maand",
					"Geef de maand als jjjj-mm, bijvoorbeeld 2026-10.");
		}
		if (reports.isInTheFuture(chosen)) {
			return Problems.of(HttpStatus.BAD_REQUEST, "maand-in-toekomst", "Maand in de toekomst",
					"Een maandrapportage gaat over de huidige maand of een eerdere maand.");
		}
		var report = reports.report(users.current().municipality(), chosen);
		return ResponseEntity.ok(new ReportJson(report.municipality(), report.month().toString(),
				report.referenceDate().toString(), report.teams().stream().map(LineJson::of).toList(),
				LineJson.of(report.total()), report.legend()));
	}

	private static @Nullable YearMonth parse(@Nullable String month) {
		try {
			return month == null ? null : YearMonth.parse(month.strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
