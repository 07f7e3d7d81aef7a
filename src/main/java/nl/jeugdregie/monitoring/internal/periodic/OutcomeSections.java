package nl.jeugdregie.monitoring.internal.periodic;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.monitoring.internal.disclosure.Mark;
import nl.jeugdregie.monitoring.internal.outcomes.Distribution;
import nl.jeugdregie.monitoring.internal.outcomes.OutcomeIndicators;
import nl.jeugdregie.monitoring.internal.outcomes.Satisfaction;
import nl.jeugdregie.monitoring.internal.outcomes.Share;
import nl.jeugdregie.monitoring.internal.periodic.ReportDocument.Cell;
import nl.jeugdregie.platform.format.DutchFormat;

/** The CBS outcome indicators (MON-3) as report sections, for the outcome, quarterly and half-yearly reports. */
final class OutcomeSections {

	private static final List<String> SHARE_HEADERS = List.of("Indicator", "Aantal", "Van", "Percentage");

	private OutcomeSections() {}

	static List<ReportDocument.Section> of(OutcomeIndicators indicators) {
		var sections = new ArrayList<ReportDocument.Section>();
		var satisfaction = indicators.satisfaction();
		sections.add(ReportDocument.Section.table("uitkomsten", "Uitkomstindicatoren (CBS)",
				"Uitval: van de afgesloten hulpvragen met een bekende reden. Tevreden: rapportcijfer "
						+ satisfaction.satisfiedFrom() + " of hoger. Geen nieuwe start: hulpvragen afgesloten van "
						+ DutchFormat.date(indicators.followUpCohortFrom()) + " tot en met "
						+ DutchFormat.date(indicators.followUpCohortTo()) + ", waarvan de volgperiode van "
						+ indicators.followUpMonths() + " maanden in deze periode afliep.",
				SHARE_HEADERS, List.of(
						row("Uitval (eenzijdig beëindigd)", indicators.dropOut()),
						row("Tevreden over het nut van de hulp", satisfaction.satisfied()),
						row("Kan verder zonder hulp", indicators.continuesWithoutHelp()),
						row("Geen nieuwe start binnen de volgperiode", indicators.noNewStart()),
						row("Afgesproken doelen gerealiseerd", indicators.goalsRealised()),
						row("Problemen verminderd (doelen vooruitgegaan)", indicators.problemsReduced()))));
		sections.add(ReportDocument.Section.table("tevredenheid", "Rapportcijfer voor het nut van de hulp",
				"Rapportcijfers 1 tot en met 10 van jeugdigen en ouders, gegeven in deze periode.",
				List.of("Wie gaf het cijfer", "Aantal"), rows(satisfaction.byRespondent(), List.of(
						List.of(Cell.text("Gemiddeld rapportcijfer"), mean(satisfaction))))));
		sections.add(ReportDocument.Section.table("eindredenen", "Reden van beëindiging",
				"Afgesloten hulpvragen in deze periode, naar de CBS-categorie van hun eindreden.",
				List.of("Reden", "Aantal"), rows(indicators.endReasons(), List.of())));
		sections.add(ReportDocument.Section.table("vervolg", "Vervolg na afsluiten van het plan",
				"Antwoord bij afsluiten of overdragen van het gezinsplan in deze periode.",
				List.of("Antwoord", "Aantal"), rows(indicators.continuation(), List.of())));
		return sections;
	}

	private static List<Cell> row(String name, Share share) {
		var percentage = share.percentage();
		return List.of(Cell.text(name), Cell.count(share.publishedNumerator()), Cell.count(share.publishedDenominator()),
				percentage == null ? new Cell(Mark.SMALL.symbol(), null, Mark.SMALL.symbol())
						: new Cell(percentage + "%", percentage, null));
	}

	private static Cell mean(Satisfaction satisfaction) {
		var mean = satisfaction.publishedMean();
		return mean == null ? new Cell(Mark.SMALL.symbol(), null, Mark.SMALL.symbol()) : Cell.text(satisfaction.shownMean());
	}

	private static List<List<Cell>> rows(Distribution distribution, List<List<Cell>> extra) {
		var rows = new ArrayList<List<Cell>>();
		distribution.parts().forEach(part -> rows.add(List.of(Cell.text(part.name()), Cell.count(part.publishedCount()))));
		rows.add(List.of(Cell.text("Totaal"), Cell.count(distribution.publishedTotal())));
		rows.addAll(extra);
		return rows;
	}
}
