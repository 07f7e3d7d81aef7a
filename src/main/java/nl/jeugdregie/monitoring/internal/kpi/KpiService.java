package nl.jeugdregie.monitoring.internal.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.monitoring.internal.disclosure.Legend;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.monitoring.internal.outcomes.OutcomeIndicatorsService;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * KPIs per action line with a yearly status (MON-4): the policy officer keeps action lines and their KPIs per
 * year; the overview judges each KPI against its target from monitoring's own figures, or from the value the policy
 * officer entered with its source. Everything is per municipality.
 */
@Service
class KpiService {

	private final KpiRepository repository;
	private final KpiMeasurements measurements;
	private final OutcomeIndicatorsService municipalities;
	private final Clock clock;

	KpiService(KpiRepository repository, KpiMeasurements measurements, OutcomeIndicatorsService municipalities,
			Clock clock) {
		this.repository = repository;
		this.measurements = measurements;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	KpiYearView year(MunicipalityCode municipality, int year) {
		var today = today();
		var kpis = repository.kpis(municipality, year);
		var measured = kpis.stream().anyMatch(k -> !k.indicator().manual())
				? measurements.of(municipality, year, today)
				: Map.<KpiIndicator, Measurement>of();
		var begun = year <= today.getYear();
		var running = year == today.getYear();
		var lines = repository.actionLines(municipality).stream()
				.map(line -> new KpiYearView.Line(line, kpis.stream()
						.filter(k -> k.actionLine().equals(line.id()))
						.map(k -> KpiRows.row(k, measurement(k, measured, begun), running))
						.toList()))
				.toList();
		var referenceDate = running ? today : LocalDate.of(year, 12, 31);
		return new KpiYearView(municipalities.municipalityName(municipality), year, running, begun, referenceDate, lines,
				Legend.lines());
	}

	List<ActionLine> actionLines(MunicipalityCode municipality) {
		return repository.actionLines(municipality);
	}

	Optional<ActionLine> actionLine(MunicipalityCode municipality, ActionLineId id) {
		return repository.actionLine(municipality, id.value());
	}

	/** The years in which the action line has KPIs, newest first, with their number. */
	Map<Integer, Long> yearsWithKpis(MunicipalityCode municipality, ActionLineId actionLine) {
		return repository.yearsWithKpis(municipality, actionLine.value());
	}

	Optional<Kpi> kpi(MunicipalityCode municipality, KpiId id) {
		return repository.kpi(municipality, id.value());
	}

	@Transactional
	Outcome<ActionLineId> addActionLine(MunicipalityCode municipality, KpiCommands.AddActionLine line, String by) {
		if (repository.codeTaken(municipality, line.code(), null)) {
			return Outcome.refused(codeTaken(line.code()));
		}
		var id = new ActionLineId(UUID.randomUUID());
		repository.insertActionLine(municipality, id.value(), line.code(), line.name(), line.goal(), by, clock.instant());
		return Outcome.done(id);
	}

	@Transactional
	Outcome<ActionLineId> changeActionLine(MunicipalityCode municipality, KpiCommands.ChangeActionLine change,
			String by) {
		var id = change.id();
		if (repository.actionLine(municipality, id.value()).isEmpty()) {
			return Outcome.notFound();
		}
		var line = change.fields();
		if (repository.codeTaken(municipality, line.code(), id.value())) {
			return Outcome.refused(codeTaken(line.code()));
		}
		return repository.updateActionLine(municipality, id.value(), line.code(), line.name(), line.goal(),
				change.version(), by, clock.instant()) ? Outcome.done(id) : staleLine(municipality, id);
	}

	@Transactional
	Outcome<ActionLineId> removeActionLine(MunicipalityCode municipality, KpiCommands.RemoveActionLine removal) {
		var id = removal.id();
		if (repository.actionLine(municipality, id.value()).isEmpty()) {
			return Outcome.notFound();
		}
		if (repository.hasKpis(id.value())) {
			return Outcome.refused(Refusal.ofWhole("kpi.actionLine.hasKpis"));
		}
		return repository.deleteActionLine(municipality, id.value(), removal.version())
				? Outcome.done(id) : staleLine(municipality, id);
	}

	@Transactional
	Outcome<KpiId> addKpi(MunicipalityCode municipality, KpiCommands.AddKpi kpi, String by) {
		if (repository.actionLine(municipality, kpi.actionLine().value()).isEmpty()) {
			return Outcome.notFound();
		}
		if (repository.kpiNameTaken(kpi.actionLine().value(), kpi.year(), kpi.name(), null)) {
			return Outcome.refused(nameTaken(kpi.year()));
		}
		var id = new KpiId(UUID.randomUUID());
		repository.insertKpi(id.value(), kpi.actionLine().value(), kpi.year(), kpi.name(), kpi.indicator(),
				kpi.direction(), kpi.target(), by, clock.instant());
		return Outcome.done(id);
	}

	@Transactional
	Outcome<KpiId> changeKpi(MunicipalityCode municipality, KpiCommands.ChangeKpi change, String by) {
		var kpi = repository.kpi(municipality, change.id().value());
		if (kpi.isEmpty()) {
			return Outcome.notFound();
		}
		if (repository.kpiNameTaken(kpi.get().actionLine(), kpi.get().year(), change.name(), change.id().value())) {
			return Outcome.refused(nameTaken(kpi.get().year()));
		}
		return repository.updateKpi(change.id().value(), change.name(), change.direction(), change.target(),
				change.version(), by, clock.instant()) ? Outcome.done(change.id()) : staleKpi(municipality, change.id());
	}

	@Transactional
	Outcome<KpiId> realise(MunicipalityCode municipality, KpiCommands.Realise realisation, String by) {
		var kpi = repository.kpi(municipality, realisation.id().value());
		if (kpi.isEmpty()) {
			return Outcome.notFound();
		}
		var allowed = KpiInputPolicy.realisationAllowed(kpi.get(), today());
		if (allowed.isPresent()) {
			return Outcome.refused(allowed.get());
		}
		return repository.realise(realisation.id().value(), realisation.value(), realisation.source(),
				realisation.version(), by, clock.instant())
				? Outcome.done(realisation.id()) : staleKpi(municipality, realisation.id());
	}

	@Transactional
	Outcome<KpiId> removeKpi(MunicipalityCode municipality, KpiCommands.RemoveKpi removal) {
		if (repository.kpi(municipality, removal.id().value()).isEmpty()) {
			return Outcome.notFound();
		}
		return repository.deleteKpi(removal.id().value(), removal.version())
				? Outcome.done(removal.id()) : staleKpi(municipality, removal.id());
	}

	/** Copies last year's KPIs into the year where the name is still free; realisations stay behind. */
	@Transactional
	Outcome<Integer> copyPreviousYear(MunicipalityCode municipality, KpiCommands.CopyPreviousYear copy, String by) {
		var copied = repository.copyFromPreviousYear(municipality, copy.year(), by, clock.instant());
		return copied == 0
				? Outcome.refused(Refusal.ofWhole("kpi.copy.nothing", Integer.toString(copy.year() - 1),
						Integer.toString(copy.year())))
				: Outcome.done(copied);
	}

	/** Someone else changed or removed the action line first: stale against its current version, or gone. */
	private <T> Outcome<T> staleLine(MunicipalityCode municipality, ActionLineId id) {
		return repository.actionLine(municipality, id.value())
				.<Outcome<T>>map(line -> Outcome.stale(line.version())).orElseGet(Outcome::notFound);
	}

	/** Someone else changed or removed the KPI first: stale against its current version, or gone. */
	private <T> Outcome<T> staleKpi(MunicipalityCode municipality, KpiId id) {
		return repository.kpi(municipality, id.value())
				.<Outcome<T>>map(kpi -> Outcome.stale(kpi.version())).orElseGet(Outcome::notFound);
	}

	private static Measurement measurement(Kpi kpi, Map<KpiIndicator, Measurement> measured, boolean begun) {
		if (!begun) {
			return new Measurement.NotStarted();
		}
		if (kpi.indicator().manual()) {
			return kpi.realised() == null
					? new Measurement.NotEntered()
					: new Measurement.Entered(kpi.realised(), kpi.realisedSource(), kpi.realisedBy(), kpi.realisedAt());
		}
		return measured.get(kpi.indicator());
	}

	private static Refusal codeTaken(String code) {
		return Refusal.of("code", "kpi.actionLine.code.taken", code);
	}

	private static Refusal nameTaken(int year) {
		return Refusal.of("name", "kpi.name.taken", Integer.toString(year));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
