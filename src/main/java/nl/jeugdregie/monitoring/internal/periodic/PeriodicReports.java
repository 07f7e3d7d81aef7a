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
		return document("Uitkomsten van de jeugdhulp", municipality, period,
				"De landelijke uitkomstindicatoren van het CBS (Beleidsinformatie Jeugd): uitval, tevredenheid en "
						+ "doelrealisatie, berekend uit de hulpvragen en gezinsplannen.",
				indicators.empty(), OutcomeSections.of(indicators));
	}

	@Transactional(readOnly = true)
	ReportDocument quarterly(MunicipalityCode municipality, ReportPeriod period) {
		var reference = period.referenceDate(today());
		var indicators = outcomes.indicators(municipality, period);
		var sections = new ArrayList<>(process.sections(municipality, period, reference));
		sections.addAll(OutcomeSections.of(indicators));
		return document("Kwartaalrapportage", municipality, period,
				"Aanmeldingen, wachtlijst, wachttijden, doorlooptijden en uitkomsten in dit kwartaal.",
				!process.any(municipality, period, reference) && indicators.empty(), sections);
	}

	@Transactional(readOnly = true)
	ReportDocument halfYearly(MunicipalityCode municipality, ReportPeriod period) {
		var reference = period.referenceDate(today());
		var indicators = outcomes.indicators(municipality, period);
		var sections = new ArrayList<>(process.sections(municipality, period, reference));
		sections.addAll(OutcomeSections.of(indicators));
		var explanation = explanations.find(municipality, period.code());
		var note = explanation.map(e -> "Geschreven door " + e.writtenBy() + " op " + DutchFormat.dateAtTime(e.writtenAt()) + ".")
				.orElse("Nog niet ingevuld.");
		sections.add(ReportDocument.Section.text("ontwikkelingen", "Ontwikkelingen", note,
				explanation.map(HalfYearExplanation::developments).orElse("")));
		sections.add(ReportDocument.Section.text("knelpunten", "Knelpunten", null,
				explanation.map(HalfYearExplanation::bottlenecks).orElse("")));
		sections.add(ReportDocument.Section.text("aanbevelingen", "Aanbevelingen", null,
				explanation.map(HalfYearExplanation::recommendations).orElse("")));
		return document("Voortgangsrapportage halfjaar", municipality, period,
				"De cijfers van dit halfjaar en de toelichting op de voortgang: ontwikkelingen, knelpunten en "
						+ "aanbevelingen om de doelen te halen.",
				!process.any(municipality, period, reference) && indicators.empty(), sections);
	}

	Optional<HalfYearExplanation> explanation(MunicipalityCode municipality, ReportPeriod period) {
		return explanations.find(municipality, period.code());
	}

	@Transactional(readOnly = true)
	ReportDocument transformation(MunicipalityCode municipality, int year) {
		var period = ReportPeriod.year(year);
		return document("Transformatie en data met betekenis", municipality, period,
				"Hoe de hulp verschuift: van zwaar naar licht, afschalen en uitstroom, jongeren van 18 jaar of ouder, "
						+ "per kwartaal. Wat nog niet wordt vastgelegd, staat er apart bij.",
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
