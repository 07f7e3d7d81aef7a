package nl.jeugdregie.monitoring.internal.schools;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.jeugdregie.identity.CurrentUsers;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * OND-5, OND-7: the schools report for team leads and policy officers (URL rules of {@code /rapportages/**} and
 * {@code /api/v1/reports/**}), always of the reader's own municipality.
 */
@Controller
@Tag(name = "Rapportages: scholen", description = "Questions from schools and children out of school, aggregate and suppressed")
class SchoolFiguresController {

	private final SchoolFigures figures;
	private final CurrentUsers users;
	private final java.time.Clock clock;

	SchoolFiguresController(SchoolFigures figures, CurrentUsers users, java.time.Clock clock) {
		this.figures = figures;
		this.users = users;
		this.clock = clock;
	}

	/** The same report as CSV (UTF-8, semicolons, marks in their own column, the legend after the rows). */
	@GetMapping("/rapportages/scholen.csv")
	ResponseEntity<String> csv() {
		var report = figures.report(users.current().municipality());
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename("scholen-en-wachtlijst-" + report.last() + ".csv").build().toString())
				.body(SchoolFiguresFiles.csv(report));
	}

	/** The same report as an accessible PDF. */
	@GetMapping("/rapportages/scholen.pdf")
	ResponseEntity<byte[]> pdf() {
		var report = figures.report(users.current().municipality());
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename("scholen-en-wachtlijst-" + report.last() + ".pdf").build().toString())
				.body(SchoolFiguresFiles.pdf(report, java.time.LocalDate.now(clock)));
	}

	@GetMapping(path = "/api/v1/reports/schools", params = "format=csv")
	@ResponseBody
	@Operation(summary = "Last twelve months: questions from schools per month next to the waiting list, per connection "
			+ "type and location, children out of school per month; every count through the disclosure control; format=csv or pdf for a file")
	@ApiResponse(responseCode = "200", description = "Het rapport; met format=csv of pdf als bestand", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = SchoolFigures.Report.class)),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")) })
	ResponseEntity<String> apiCsv() {
		return csv();
	}

	@GetMapping(path = "/api/v1/reports/schools", params = "format=pdf")
	@ResponseBody
	@Operation(summary = "Last twelve months: questions from schools per month next to the waiting list, per connection "
			+ "type and location, children out of school per month; every count through the disclosure control; format=csv or pdf for a file")
	@ApiResponse(responseCode = "200", description = "Het rapport; met format=csv of pdf als bestand", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = SchoolFigures.Report.class)),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")) })
	ResponseEntity<byte[]> apiPdf() {
		return pdf();
	}

	@GetMapping("/rapportages/scholen")
	String page(Model model) {
		model.addAttribute("report", figures.report(users.current().municipality()));
		return "monitoring/schools";
	}

	@GetMapping("/api/v1/reports/schools")
	@ResponseBody
	@Operation(summary = "Last twelve months: questions from schools per month next to the waiting list, per connection "
			+ "type and location, children out of school per month; every count through the disclosure control; format=csv or pdf for a file")
	@ApiResponse(responseCode = "200", description = "Het rapport; met format=csv of pdf als bestand", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = SchoolFigures.Report.class)),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")) })
	SchoolFigures.Report api() {
		return figures.report(users.current().municipality());
	}
}
