package nl.jeugdregie.monitoring.internal.periodic;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.monitoring.internal.outcomes.Distribution;
import nl.jeugdregie.monitoring.internal.outcomes.OutcomeIndicators;
import nl.jeugdregie.monitoring.internal.outcomes.Share;
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
						List.of("Gemiddeld rapportcijfer", satisfaction.shownMean())))));
		sections.add(ReportDocument.Section.table("eindredenen", "Reden van beëindiging",
				"Afgesloten hulpvragen in deze periode, naar de CBS-categorie van hun eindreden.",
				List.of("Reden", "Aantal"), rows(indicators.endReasons(), List.of())));
		sections.add(ReportDocument.Section.table("vervolg", "Vervolg na afsluiten van het plan",
				"Antwoord bij afsluiten of overdragen van het gezinsplan in deze periode.",
				List.of("Antwoord", "Aantal"), rows(indicators.continuation(), List.of())));
		return sections;
	}

	private static List<String> row(String name, Share share) {
		return List.of(name, share.shownNumerator(), share.shownDenominator(), share.shownPercentage());
	}

	private static List<List<String>> rows(Distribution distribution, List<List<String>> extra) {
		var rows = new ArrayList<List<String>>();
		distribution.parts().forEach(part -> rows.add(List.of(part.name(), part.shownCount())));
		rows.add(List.of("Totaal", distribution.shownTotal()));
		rows.addAll(extra);
		return rows;
	}
}
