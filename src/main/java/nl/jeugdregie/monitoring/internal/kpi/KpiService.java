package nl.jeugdregie.monitoring.internal.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.monitoring.internal.disclosure.Legend;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.monitoring.internal.outcomes.OutcomeIndicatorsService;
import org.jspecify.annotations.Nullable;
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

	Optional<ActionLine> actionLine(MunicipalityCode municipality, UUID id) {
		return repository.actionLine(municipality, id);
	}

	/** The years in which the action line has KPIs, newest first, with their number. */
	Map<Integer, Long> yearsWithKpis(MunicipalityCode municipality, UUID actionLine) {
		return repository.yearsWithKpis(municipality, actionLine);
	}

	Optional<Kpi> kpi(MunicipalityCode municipality, UUID id) {
		return repository.kpi(municipality, id);
	}

	@Transactional
	KpiChange addActionLine(MunicipalityCode municipality, @Nullable String code, @Nullable String name,
			@Nullable String goal, String by) {
		var violations = new ArrayList<>(KpiInputPolicy.actionLine(code, name, goal));
		if (violations.isEmpty() && repository.codeTaken(municipality, code.strip(), null)) {
			violations.add(codeTaken(code));
		}
		if (!violations.isEmpty()) {
			return new KpiChange.Invalid(violations);
		}
		var id = UUID.randomUUID();
		repository.insertActionLine(municipality, id, code.strip(), name.strip(), strip(goal), by, clock.instant());
		return new KpiChange.Done(id, 0);
	}

	@Transactional
	KpiChange changeActionLine(MunicipalityCode municipality, UUID id, @Nullable String code, @Nullable String name,
			@Nullable String goal, @Nullable Integer version, String by) {
		if (repository.actionLine(municipality, id).isEmpty()) {
			return new KpiChange.NotFound();
		}
		var violations = new ArrayList<>(KpiInputPolicy.actionLine(code, name, goal));
		if (violations.isEmpty() && repository.codeTaken(municipality, code.strip(), id)) {
			violations.add(codeTaken(code));
		}
		missingVersion(version, violations);
		if (!violations.isEmpty()) {
			return new KpiChange.Invalid(violations);
		}
		return repository.updateActionLine(municipality, id, code.strip(), name.strip(), strip(goal), version, by,
				clock.instant()) ? new KpiChange.Done(id, 0) : new KpiChange.Stale();
	}

	@Transactional
	KpiChange removeActionLine(MunicipalityCode municipality, UUID id, @Nullable Integer version) {
		if (repository.actionLine(municipality, id).isEmpty()) {
			return new KpiChange.NotFound();
		}
		if (repository.hasKpis(id)) {
			return new KpiChange.Refused("Deze actielijn heeft KPI's. Verwijder eerst de KPI's, in elk jaar.");
		}
		if (version == null) {
			return new KpiChange.Invalid(List.of(versionMissing()));
		}
		return repository.deleteActionLine(municipality, id, version) ? new KpiChange.Done(id, 0) : new KpiChange.Stale();
	}

	@Transactional
	KpiChange addKpi(MunicipalityCode municipality, UUID actionLine, @Nullable String year, @Nullable String name,
			@Nullable String indicator, @Nullable String direction, @Nullable String target, String by) {
		if (repository.actionLine(municipality, actionLine).isEmpty()) {
			return new KpiChange.NotFound();
		}
		var violations = new ArrayList<>(KpiInputPolicy.kpi(name, indicator, direction, target));
		var chosenYear = KpiYear.parse(year, today());
		if (chosenYear instanceof KpiYear.Refused refused) {
			violations.add(new KpiInputPolicy.Violation("year", refused.message()));
		}
		if (violations.isEmpty() && chosenYear instanceof KpiYear.Accepted accepted
				&& repository.kpiNameTaken(actionLine, accepted.year(), name.strip(), null)) {
			violations.add(nameTaken(accepted.year()));
		}
		if (!violations.isEmpty() || !(chosenYear instanceof KpiYear.Accepted accepted)) {
			return new KpiChange.Invalid(violations);
		}
		var id = UUID.randomUUID();
		repository.insertKpi(id, actionLine, accepted.year(), name.strip(), KpiIndicator.valueOf(indicator.strip()),
				KpiInputPolicy.direction(direction), KpiInputPolicy.parse(target), by, clock.instant());
		return new KpiChange.Done(id, 1);
	}

	@Transactional
	KpiChange changeKpi(MunicipalityCode municipality, UUID id, @Nullable String name, @Nullable String direction,
			@Nullable String target, @Nullable Integer version, String by) {
		var kpi = repository.kpi(municipality, id);
		if (kpi.isEmpty()) {
			return new KpiChange.NotFound();
		}
		var violations = new ArrayList<>(KpiInputPolicy.change(kpi.get().indicator().unit(), name, direction, target));
		if (violations.isEmpty() && repository.kpiNameTaken(kpi.get().actionLine(), kpi.get().year(), name.strip(), id)) {
			violations.add(nameTaken(kpi.get().year()));
		}
		missingVersion(version, violations);
		if (!violations.isEmpty()) {
			return new KpiChange.Invalid(violations);
		}
		return repository.updateKpi(id, name.strip(), KpiInputPolicy.direction(direction), KpiInputPolicy.parse(target),
				version, by, clock.instant()) ? new KpiChange.Done(id, 1) : new KpiChange.Stale();
	}

	@Transactional
	KpiChange realise(MunicipalityCode municipality, UUID id, @Nullable String value, @Nullable String source,
			@Nullable Integer version, String by) {
		var kpi = repository.kpi(municipality, id);
		if (kpi.isEmpty()) {
			return new KpiChange.NotFound();
		}
		if (!kpi.get().indicator().manual()) {
			return new KpiChange.Refused("Deze KPI wordt berekend uit de registratie. U vult de uitkomst niet zelf in.");
		}
		if (kpi.get().year() > today().getYear()) {
			return new KpiChange.Refused("Het jaar " + kpi.get().year() + " is nog niet begonnen. U kunt de uitkomst "
					+ "invullen vanaf 1 januari " + kpi.get().year() + ".");
		}
		var violations = new ArrayList<>(KpiInputPolicy.realisation(kpi.get().indicator().unit(), value, source));
		missingVersion(version, violations);
		if (!violations.isEmpty()) {
			return new KpiChange.Invalid(violations);
		}
		return repository.realise(id, KpiInputPolicy.parse(value), source.strip(), version, by, clock.instant())
				? new KpiChange.Done(id, 1) : new KpiChange.Stale();
	}

	@Transactional
	KpiChange removeKpi(MunicipalityCode municipality, UUID id, @Nullable Integer version) {
		if (repository.kpi(municipality, id).isEmpty()) {
			return new KpiChange.NotFound();
		}
		if (version == null) {
			return new KpiChange.Invalid(List.of(versionMissing()));
		}
		return repository.deleteKpi(id, version) ? new KpiChange.Done(id, 0) : new KpiChange.Stale();
	}

	/** Copies last year's KPIs into {@code year} where the name is still free; realisations stay behind. */
	@Transactional
	KpiChange copyPreviousYear(MunicipalityCode municipality, @Nullable String year, String by) {
		return switch (KpiYear.parse(year, today())) {
			case KpiYear.Refused refused -> new KpiChange.Invalid(List.of(new KpiInputPolicy.Violation("year", refused.message())));
			case KpiYear.Accepted accepted when accepted.year() == KpiYear.FIRST ->
					new KpiChange.Refused("Er is geen eerder jaar om KPI's uit over te nemen.");
			case KpiYear.Accepted accepted -> {
				var copied = repository.copyFromPreviousYear(municipality, accepted.year(), by, clock.instant());
				yield copied == 0
						? new KpiChange.Refused("Er zijn geen KPI's van " + (accepted.year() - 1)
								+ " om over te nemen, of ze staan al in " + accepted.year() + ".")
						: new KpiChange.Done(null, copied);
			}
		};
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

	private static KpiInputPolicy.Violation codeTaken(String code) {
		return new KpiInputPolicy.Violation("code", "Er is al een actielijn met code " + code.strip() + ".");
	}

	private static KpiInputPolicy.Violation nameTaken(int year) {
		return new KpiInputPolicy.Violation("name", "Deze actielijn heeft in " + year + " al een KPI met deze naam.");
	}

	private static void missingVersion(@Nullable Integer version, List<KpiInputPolicy.Violation> violations) {
		if (version == null) {
			violations.add(versionMissing());
		}
	}

	private static KpiInputPolicy.Violation versionMissing() {
		return new KpiInputPolicy.Violation("version", "Geef de versie mee die u het laatst hebt gezien.");
	}

	private static String strip(@Nullable String text) {
		return text == null ? "" : text.strip();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
