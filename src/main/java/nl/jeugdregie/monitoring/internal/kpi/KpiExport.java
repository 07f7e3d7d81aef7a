package nl.jeugdregie.monitoring.internal.kpi;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.monitoring.internal.periodic.ReportCsv;
import nl.jeugdregie.monitoring.internal.periodic.ReportPdf;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.web.Problems;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The KPI overview of a year as a CSV or PDF download, for the page and the API alike (MON-4, SEC-2). */
@Component
class KpiExport {

	enum Format { CSV, PDF }

	private final KpiService kpis;
	private final OutcomeResponses responses;
	private final Clock clock;

	KpiExport(KpiService kpis, OutcomeResponses responses, Clock clock) {
		this.kpis = kpis;
		this.responses = responses;
		this.clock = clock;
	}

	/** The download for the year the controller read from the request, or 400 "Ongeldig jaar" when it was refused. */
	ResponseEntity<?> of(MunicipalityCode municipality, KpiYear year, Format format) {
		return switch (year) {
			case KpiYear.Refused refused -> invalidYear(refused);
			case KpiYear.Accepted accepted -> {
				var document = KpiDocument.of(kpis.year(municipality, accepted.year()));
				var extension = format == Format.CSV ? "csv" : "pdf";
				var headers = ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename("kpis-" + accepted.year() + "." + extension).build().toString());
				yield format == Format.CSV
						? headers.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(ReportCsv.of(document))
						: headers.contentType(MediaType.APPLICATION_PDF).body(ReportPdf.of(document, LocalDate.now(clock)));
			}
		};
	}

	ResponseEntity<?> invalidYear(KpiYear.Refused refused) {
		return Problems.of(HttpStatus.BAD_REQUEST, "ongeldig-jaar", "Ongeldig jaar", responses.message(refused.refusal()));
	}
}
