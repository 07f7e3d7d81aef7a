package nl.jeugdregie.monitoring.internal.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.monitoring.internal.kpi.Direction;
import nl.jeugdregie.monitoring.internal.kpi.KpiIndicator;
import nl.jeugdregie.platform.startup.StartupTask;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo only: gemeente Oss's eight action lines of the regional implementation plan for youth care 2020-2023 (source
 * 003, chapter 5) with KPIs for last year and this year (MON-4), among them two the policy officer fills in by hand.
 * Runs once: skipped when Oss has action lines. Writes the rows as the KPI page keeps them, so it stays apart from
 * the KPI feature's service (ADR 0038: demo data per module in {@code internal.demo}); public for the KPI feature's
 * test of what the page shows for them.
 */
@Component
@Profile("demo")
@Order(30)
public class KpiDemoData implements StartupTask {

	private static final MunicipalityCode OSS = new MunicipalityCode("0828");
	private static final String BY = "Linda Timmermans";

	private final JdbcClient jdbc;
	private final Clock clock;

	public KpiDemoData(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void start() {
		if (jdbc.sql("select count(*) from monitoring_action_line where municipality_code = ?").param(OSS.value())
				.query(Long.class).single() > 0) {
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
		jdbc.sql("""
				update monitoring_kpi set realised = ?, realised_source = ?, realised_by = ?, realised_at = ?,
				    version = version + 1
				where id = ?""")
				.params(new BigDecimal("93.8"), "Contractbeheer regio Noordoost-Brabant, jaaroverzicht " + (year - 1)
						+ ": 15 van de 16 aanbieders leverden op tijd aan.", BY, Timestamp.from(clock.instant()), delivered)
				.update();
		kpi(procurement, year, "Aanbieders leveren hun KPI's aan", KpiIndicator.MANUAL_PERCENTAGE, Direction.AT_LEAST, "90");
		kpi(room, year, "Geschrapte verantwoordingsformulieren", KpiIndicator.MANUAL_NUMBER, Direction.AT_LEAST, "5");
	}

	private UUID line(String code, String name, String goal) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into monitoring_action_line (id, municipality_code, code, name, goal, changed_by, changed_at, version)
				values (?, ?, ?, ?, ?, ?, ?, 1)""")
				.params(id, OSS.value(), code, name, goal, BY, Timestamp.from(clock.instant()))
				.update();
		return id;
	}

	private UUID kpi(UUID line, int year, String name, KpiIndicator indicator, Direction direction, String target) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into monitoring_kpi (id, action_line_id, year, name, indicator, direction, target, changed_by,
				    changed_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
				.params(id, line, year, name, indicator.name(), direction.name(), new BigDecimal(target), BY,
						Timestamp.from(clock.instant()))
				.update();
		return id;
	}
}
