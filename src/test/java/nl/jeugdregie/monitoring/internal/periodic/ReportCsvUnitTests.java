package nl.jeugdregie.monitoring.internal.periodic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.monitoring.internal.outcomes.ReportPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MON-2, SEC-2: a report's CSV carries every figure as shown, suppression included, one per line. */
class ReportCsvUnitTests {

	@Test
	@DisplayName("MON-2, SEC-2: writes one line per figure with the suppressed value and quotes texts with separators")
	void writesOneLinePerFigureWithSuppression() {
		var document = new ReportDocument("Kwartaalrapportage", "Oss", ReportPeriod.quarter(2026, 3), false,
				LocalDate.of(2026, 9, 30), "Uitleg", false, List.of(
						ReportDocument.Section.table("aanmeldingen", "Aanmeldingen", null, List.of("Team", "Aantal"),
								List.of(List.of("Team Noord", "< 5"), List.of("Totaal", "12"))),
						ReportDocument.Section.text("knelpunten", "Knelpunten", null, "Wachtlijst; te weinig \"capaciteit\"")));
		assertThat(ReportCsv.of(document).split("\r\n")).containsExactly(
				"gemeente;periode;van;tot;onderdeel;regel;kolom;waarde",
				"Oss;2026-Q3;2026-07-01;2026-09-30;Aanmeldingen;Team Noord;Aantal;< 5",
				"Oss;2026-Q3;2026-07-01;2026-09-30;Aanmeldingen;Totaal;Aantal;12",
				"Oss;2026-Q3;2026-07-01;2026-09-30;Knelpunten;toelichting;tekst;\"Wachtlijst; te weinig \"\"capaciteit\"\"\"");
	}
}
