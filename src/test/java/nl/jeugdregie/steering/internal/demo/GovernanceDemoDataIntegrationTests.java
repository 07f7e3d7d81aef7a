package nl.jeugdregie.steering.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.steering.internal.agenda.AgendaItemKind;
import nl.jeugdregie.steering.internal.agenda.AgendaSources;
import nl.jeugdregie.steering.internal.assignment.SteeringRepository;
import nl.jeugdregie.steering.internal.governance.AgendaItem;
import nl.jeugdregie.steering.internal.governance.GovernanceRepository;
import nl.jeugdregie.steering.internal.governance.MeetingType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The Oss demo meetings (demo profile only), run here inside a transaction that is rolled back afterwards. */
@IntegrationTest
@Transactional
class GovernanceDemoDataIntegrationTests {

	static final MunicipalityCode OSS = new MunicipalityCode("0828");

	@Autowired SteeringRepository steering;
	@Autowired GovernanceRepository governance;
	@Autowired AgendaSources sources;
	@Autowired Clock clock;

	@Test
	@DisplayName("STU-6: the demo has Oss's meetings of the last months and one upcoming agenda made of the changes")
	void generatesTheOssMeetingsWithOneUpcomingAgenda() throws Exception {
		new GovernanceDemoData(steering, governance, sources, clock).start();

		var meetings = governance.meetings(OSS);
		var today = LocalDate.now(clock);
		var upcoming = meetings.stream().filter(meeting -> !meeting.heldBy(today)).toList();
		assertThat(meetings).hasSizeGreaterThanOrEqualTo(8);
		assertThat(upcoming).singleElement().satisfies(next -> {
			assertThat(next.type()).isEqualTo(MeetingType.TRANSFORMATION);
			assertThat(governance.agenda(next.id())).extracting(AgendaItem::kind)
					.contains(AgendaItemKind.RISK, AgendaItemKind.BUDGET, AgendaItemKind.REQUEST);
		});
		assertThat(meetings.stream().filter(meeting -> meeting.heldBy(today)).allMatch(m -> m.recordedItems() > 0)).isTrue();

		new GovernanceDemoData(steering, governance, sources, clock).start();
		assertThat(governance.meetings(OSS)).hasSameSizeAs(meetings);
	}
}
