package nl.jeugdregie.monitoring.internal.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import nl.jeugdregie.platform.startup.StartupTask;

/**
 * Demo only: gemeente Oss's eight action lines of the regional implementation plan for youth care 2020-2023 (source
 * 003, chapter 5) with KPIs for last year and this year (MON-4), among them two the policy officer fills in by hand.
 * Runs once: skipped when Oss has action lines.
 */
@Component
@Profile("demo")
@Order(30)
class KpiDemoData implements StartupTask {

	private static final MunicipalityCode OSS = new MunicipalityCode("0828");
	private static final String BY = "Linda Timmermans";

	private final KpiRepository repository;
	private final Clock clock;

	KpiDemoData(KpiRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void start() {
		if (!repository.actionLines(OSS).isEmpty()) {
			return;
		}
		var year = LocalDate.now(clock).getYear();
		var prevention = line("5.1", "Preventie, eigen kracht en eerder de juiste hulp op maat",
				"Jeugdigen en ouders krijgen tijdig de juiste hulp: dichtbij en zo licht als mogelijk.");
		var normalising = line("5.2", "Normaliseren", "Meer kinderen groeien gewoon thuis op.");
		var access = line("5.3", "Grip op de toegang", "Een sterke lokale toegang volgens het regionale profiel.");
		var integral = line("5.4", "Integrale ondersteuning", "Eén gezin, één plan, één regisseur.");
		var procurement = line("5.5", "Inkoop en aanbesteding", "Passend aanbod met heldere afspraken over kwaliteit.");
		var safety = line("5.6", "Kinderen beschermen bij onveilige situaties",
				"Veiligheid herstellen en waarborgen, samen met Veilig Thuis.");
		var position = line("5.7", "Positie van jeugdigen en ouders / cliëntervaringen",
				"Jeugdigen en ouders hebben invloed op de hulp die ze krijgen.");
		var room = line("5.8", "Meer ruimte voor professionals door vermindering van regeldruk",
				"Minder regeldruk, meer tijd voor het gezin.");
		for (var y : new int[] { year - 1, year }) {
			kpi(prevention, y, "Snel in gesprek", KpiIndicator.WITHIN_TREATMENT_TERM, Direction.AT_LEAST, "90");
			kpi(prevention, y, "Korte wachttijd", KpiIndicator.MEDIAN_WAITING_DAYS, Direction.AT_MOST, "10");
			kpi(normalising, y, "Nee is ook een antwoord", KpiIndicator.NO_YOUTH_CARE_NEEDED, Direction.AT_LEAST, "10");
			kpi(access, y, "Route naar zorg op tijd", KpiIndicator.ROUTE_WITHIN_LEAD_TIME, Direction.AT_LEAST, "85");
			kpi(access, y, "Weinig herhaalde hulpvragen", KpiIndicator.REPEAT_REQUESTS, Direction.AT_MOST, "15");
			kpi(integral, y, "Doelen uit het gezinsplan gehaald", KpiIndicator.GOALS_REALISED, Direction.AT_LEAST, "60");
			kpi(safety, y, "Instroom via Veilig Thuis", KpiIndicator.FROM_VEILIG_THUIS, Direction.AT_MOST, "15");
			kpi(position, y, "Tevreden cliënten", KpiIndicator.SATISFIED, Direction.AT_LEAST, "80");
			kpi(position, y, "Weinig uitval", KpiIndicator.DROP_OUT, Direction.AT_MOST, "15");
		}
		var delivered = kpi(procurement, year - 1, "Aanbieders leveren hun KPI's aan", KpiIndicator.MANUAL_PERCENTAGE,
				Direction.AT_LEAST, "90");
		repository.realise(delivered, new BigDecimal("93.8"), "Contractbeheer regio Noordoost-Brabant, jaaroverzicht "
				+ (year - 1) + ": 15 van de 16 aanbieders leverden op tijd aan.", 1, BY, clock.instant());
		kpi(procurement, year, "Aanbieders leveren hun KPI's aan", KpiIndicator.MANUAL_PERCENTAGE, Direction.AT_LEAST, "90");
		kpi(room, year, "Geschrapte verantwoordingsformulieren", KpiIndicator.MANUAL_NUMBER, Direction.AT_LEAST, "5");
	}

	private UUID line(String code, String name, String goal) {
		var id = UUID.randomUUID();
		repository.insertActionLine(OSS, id, code, name, goal, BY, clock.instant());
		return id;
	}

	private UUID kpi(UUID line, int year, String name, KpiIndicator indicator, Direction direction, String target) {
		var id = UUID.randomUUID();
		repository.insertKpi(id, line, year, name, indicator, direction, new BigDecimal(target), BY, clock.instant());
		return id;
	}
}
