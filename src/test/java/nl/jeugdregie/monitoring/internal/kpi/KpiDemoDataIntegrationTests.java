package nl.jeugdregie.monitoring.internal.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.monitoring.internal.demo.KpiDemoData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** MON-4: the demo gives gemeente Oss the eight action lines of the regional plan with KPIs for two years. */
@IntegrationTest
class KpiDemoDataIntegrationTests {

	private static final MunicipalityCode OSS = new MunicipalityCode("0828");

	@Autowired JdbcClient jdbc;
	@Autowired KpiService kpis;
	@Autowired Clock clock;

	@Test
	@DisplayName("MON-4: seeds Oss's eight action lines once, with last year's hand-entered KPI judged on its source")
	void seedsTheEightActionLinesOnce() {
		var demo = new KpiDemoData(jdbc, clock);
		demo.start();
		demo.start();

		var thisYear = kpis.year(OSS, 2026);
		assertThat(thisYear.lines()).extracting(line -> line.actionLine().code())
				.containsExactly("5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8");
		assertThat(thisYear.lines()).allSatisfy(line -> assertThat(line.kpis()).isNotEmpty());
		var lastYear = kpis.year(OSS, 2025).lines().get(4).kpis().getFirst();
		assertThat(lastYear.kpi().name()).isEqualTo("Aanbieders leveren hun KPI's aan");
		assertThat(lastYear.result()).isEqualTo("93,8%");
		assertThat(lastYear.statusLabel()).isEqualTo("Behaald");
	}
}
