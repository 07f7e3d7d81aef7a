package nl.jeugdregie.monitoring.internal.periodic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.monitoring.internal.disclosure.Legend;
import nl.jeugdregie.monitoring.internal.outcomes.OutcomeIndicatorsService;
import nl.jeugdregie.monitoring.internal.outcomes.ReportPeriod;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.text.Labels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the periodic reports as documents (MON-2, MON-3, MON-5, MON-6). The clock only sets the reference
 * date of a running period; an ended period's report depends on dated facts alone, so it can be made again
 * later with the same result.
 */
@Service
class PeriodicReports {


	private final OutcomeIndicatorsService outcomes;
	private final ProcessFigures process;
	private final TransformationFigures transformation;
	private final HalfYearExplanations explanations;
	private final Clock clock;

	PeriodicReports(OutcomeIndicatorsService outcomes, ProcessFigures process, TransformationFigures transformation,
			HalfYearExplanations explanations, Clock clock) {
		this.outcomes = outcomes;
		this.process = process;
		this.transformation = transformation;
		this.explanations = explanations;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	ReportDocument outcomes(MunicipalityCode municipality, ReportPeriod period) {
		var indicators = outcomes.indicators(municipality, period);
		return document(Labels.text("text.monitoring.reports.outcomes.title"), municipality, period,
				Labels.text("text.monitoring.reports.outcomes.introduction"),
				indicators.empty(), OutcomeSections.of(indicators));
	}

	@Transactional(readOnly = true)
	ReportDocument quarterly(MunicipalityCode municipality, ReportPeriod period) {
		var reference = period.referenceDate(today());
		var indicators = outcomes.indicators(municipality, period);
		var sections = new ArrayList<>(process.sections(municipality, period, reference));
		sections.addAll(OutcomeSections.of(indicators));
		return document(Labels.text("text.monitoring.reports.quarterly.title"), municipality, period,
				Labels.text("text.monitoring.reports.quarterly.introduction"),
				!process.any(municipality, period, reference) && indicators.empty(), sections);
	}

	@Transactional(readOnly = true)
	ReportDocument halfYearly(MunicipalityCode municipality, ReportPeriod period) {
		var reference = period.referenceDate(today());
		var indicators = outcomes.indicators(municipality, period);
		var sections = new ArrayList<>(process.sections(municipality, period, reference));
		sections.addAll(OutcomeSections.of(indicators));
		var explanation = explanations.find(municipality, period.code());
		var note = explanation.map(e -> Labels.text("text.monitoring.reports.halfYear.writtenBy", e.writtenBy(),
						DutchFormat.dateAtTime(e.writtenAt())))
				.orElse(Labels.text("text.monitoring.reports.halfYear.notWritten"));
		sections.add(ReportDocument.Section.text("ontwikkelingen", Labels.text("text.monitoring.reports.halfYear.developments"), note,
				explanation.map(HalfYearExplanation::developments).orElse("")));
		sections.add(ReportDocument.Section.text("knelpunten", Labels.text("text.monitoring.reports.halfYear.bottlenecks"), null,
				explanation.map(HalfYearExplanation::bottlenecks).orElse("")));
		sections.add(ReportDocument.Section.text("aanbevelingen", Labels.text("text.monitoring.reports.halfYear.recommendations"), null,
				explanation.map(HalfYearExplanation::recommendations).orElse("")));
		return document(Labels.text("text.monitoring.reports.halfYear.title"), municipality, period,
				Labels.text("text.monitoring.reports.halfYear.introduction"),
				!process.any(municipality, period, reference) && indicators.empty(), sections);
	}

	Optional<HalfYearExplanation> explanation(MunicipalityCode municipality, ReportPeriod period) {
		return explanations.find(municipality, period.code());
	}

	@Transactional(readOnly = true)
	ReportDocument transformation(MunicipalityCode municipality, int year) {
		var period = ReportPeriod.year(year);
		return document(Labels.text("text.monitoring.reports.transformation.title"), municipality, period,
				Labels.text("text.monitoring.reports.transformation.introduction"),
				!transformation.any(municipality, year), transformation.sections(municipality, year));
	}

	private ReportDocument document(String title, MunicipalityCode municipality, ReportPeriod period,
			String introduction, boolean empty, java.util.List<ReportDocument.Section> sections) {
		var today = today();
		return new ReportDocument(title, outcomes.municipalityName(municipality), period, period.runningOn(today),
				period.referenceDate(today), introduction, empty, java.util.List.copyOf(sections), Legend.lines());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
