package nl.jeugdregie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.NormSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** BEY-2 with TOE-5: a changed norm applies to requests registered from its effective date, not before. */
@IntegrationTest
class NormChangeIntegrationTests {

	@Autowired TestFixtures fixtures;
	@Autowired NormSettings normSettings;
	@Autowired HelpRequestRegistration registration;
	@Autowired JdbcClient jdbc;

	@Test // BEY-2, TOE-5
	void appliesAChangedTermToRequestsRegisteredFromItsEffectiveDate() {
		var world = fixtures.newWorld();
		var administrator = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var scheduled = normSettings.schedule(administrator, NormKey.TREATMENT_START_TERM, 3, LocalDate.of(2026, 11, 18),
				"Besluit college: drie weken");
		assertThat(scheduled).isInstanceOf(Outcome.Done.class);

		var before = register(professional, "2026-11-17T09:00:00Z");
		var from = register(professional, "2026-11-18T09:00:00Z");

		assertThat(deadlineOf(before)).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(deadlineOf(from)).isEqualTo(LocalDate.of(2026, 12, 9));
	}

	private HelpRequestId register(nl.jeugdregie.identity.CurrentUser professional, String at) {
		var result = registration.register(new RegisterHelpRequest("Levi", "Smits", LocalDate.of(2010, 2, 2), null,
				null, null, Channel.PHONE, Referrer.YOUNG_PERSON, "Vraag."), professional, Instant.parse(at));
		return ((RegistrationResult.Registered) result).id();
	}

	private LocalDate deadlineOf(HelpRequestId id) {
		return jdbc.sql("select treatment_deadline from help_request where id = ?").param(id.value())
				.query(LocalDate.class).single();
	}
}
