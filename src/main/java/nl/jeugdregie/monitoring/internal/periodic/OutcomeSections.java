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
import nl.jeugdregie.platform.text.Labels;

/** The CBS outcome indicators (MON-3) as report sections, for the outcome, quarterly and half-yearly reports. */
final class OutcomeSections {

	private static final List<String> SHARE_HEADERS = List.of(Labels.text("text.monitoring.outcomes.header.indicator"),
			Labels.text("text.monitoring.outcomes.header.count"), Labels.text("text.monitoring.outcomes.header.of"),
			Labels.text("text.monitoring.outcomes.header.percentage"));

	private OutcomeSections() {}

	static List<ReportDocument.Section> of(OutcomeIndicators indicators) {
		var sections = new ArrayList<ReportDocument.Section>();
		var satisfaction = indicators.satisfaction();
		var count = Labels.text("text.monitoring.outcomes.header.count");
		sections.add(ReportDocument.Section.table("uitkomsten", Labels.text("text.monitoring.outcomes.indicators.title"),
				Labels.text("text.monitoring.outcomes.indicators.introduction", satisfaction.satisfiedFrom(),
						DutchFormat.date(indicators.followUpCohortFrom()), DutchFormat.date(indicators.followUpCohortTo()),
						indicators.followUpMonths()),
				SHARE_HEADERS, List.of(
						row(Labels.text("text.monitoring.outcomes.dropOut"), indicators.dropOut()),
						row(Labels.text("text.monitoring.outcomes.satisfied"), satisfaction.satisfied()),
						row(Labels.text("text.monitoring.outcomes.continuesWithoutHelp"), indicators.continuesWithoutHelp()),
						row(Labels.text("text.monitoring.outcomes.noNewStart"), indicators.noNewStart()),
						row(Labels.text("text.monitoring.outcomes.goalsRealised"), indicators.goalsRealised()),
						row(Labels.text("text.monitoring.outcomes.problemsReduced"), indicators.problemsReduced()))));
		sections.add(ReportDocument.Section.table("tevredenheid", Labels.text("text.monitoring.outcomes.satisfaction.title"),
				Labels.text("text.monitoring.outcomes.satisfaction.introduction"),
				List.of(Labels.text("text.monitoring.outcomes.header.respondent"), count),
				rows(satisfaction.byRespondent(), List.of(
						List.of(Cell.text(Labels.text("text.monitoring.outcomes.meanScore")), mean(satisfaction))))));
		sections.add(ReportDocument.Section.table("eindredenen", Labels.text("text.monitoring.outcomes.endReasons.title"),
				Labels.text("text.monitoring.outcomes.endReasons.introduction"),
				List.of(Labels.text("text.monitoring.outcomes.header.reason"), count), rows(indicators.endReasons(), List.of())));
		sections.add(ReportDocument.Section.table("vervolg", Labels.text("text.monitoring.outcomes.continuation.title"),
				Labels.text("text.monitoring.outcomes.continuation.introduction"),
				List.of(Labels.text("text.monitoring.outcomes.header.answer"), count), rows(indicators.continuation(), List.of())));
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
		rows.add(List.of(Cell.text(Labels.text("text.monitoring.outcomes.total")), Cell.count(distribution.publishedTotal())));
		rows.addAll(extra);
		return rows;
	}
}
