package nl.jeugdregie.monitoring.internal.periodic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.monitoring.internal.disclosure.Figure;
import nl.jeugdregie.monitoring.internal.disclosure.Mark;
import nl.jeugdregie.monitoring.internal.outcomes.ReportPeriod;
import nl.jeugdregie.monitoring.internal.periodic.ReportDocument.Cell;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MON-2, SEC-2: a report's CSV carries every figure as published, one per line, numbers and marks apart. */
class ReportCsvUnitTests {

	@Test
	@DisplayName("MON-2, SEC-2: writes one line per figure, the number and the mark in separate columns, the legend "
			+ "after them, and quotes texts with separators")
	void writesOneLinePerFigureWithNumbersAndMarksApart() {
		var document = new ReportDocument("Kwartaalrapportage", "Oss", ReportPeriod.quarter(2026, 3), false,
				LocalDate.of(2026, 9, 30), "Uitleg", false, List.of(
						ReportDocument.Section.table("aanmeldingen", "Aanmeldingen", null, List.of("Team", "Aantal"),
								List.of(List.of(Cell.text("Team Noord"), Cell.count(0)), List.of(Cell.text("Totaal"), Cell.count(1_212)),
										List.of(Cell.text("Wachttijd, mediaan"), Cell.figure(Figure.hidden(Mark.SMALL), " dagen")))),
						ReportDocument.Section.text("knelpunten", "Knelpunten", null, "Wachtlijst; te weinig \"capaciteit\"")),
				List.of("Uitleg van de aantallen.", "k: niet getoond"));
		assertThat(ReportCsv.of(document).split("\r\n")).containsExactly(
				"gemeente;periode;van;tot;onderdeel;regel;kolom;waarde;markering",
				"Oss;2026-Q3;2026-07-01;2026-09-30;Aanmeldingen;Team Noord;Aantal;0;",
				"Oss;2026-Q3;2026-07-01;2026-09-30;Aanmeldingen;Totaal;Aantal;1212;",
				"Oss;2026-Q3;2026-07-01;2026-09-30;Aanmeldingen;Wachttijd, mediaan;Aantal;;k",
				"Oss;2026-Q3;2026-07-01;2026-09-30;Knelpunten;toelichting;tekst;\"Wachtlijst; te weinig \"\"capaciteit\"\"\";",
				"Oss;2026-Q3;2026-07-01;2026-09-30;Legenda;1;uitleg;Uitleg van de aantallen.;",
				"Oss;2026-Q3;2026-07-01;2026-09-30;Legenda;2;uitleg;k: niet getoond;");
	}
}
