package nl.jeugdregie.intake.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.ClosureReason;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/** Two professionals changing the same request at once: the second gets a conflict, nothing is lost. */
@IntegrationTest
class OptimisticLockingIntegrationTests {

	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired JdbcHelpRequests requests;
	@Autowired TransactionTemplate transactions;

	@Test
	void refusesTheSecondOfTwoConcurrentChanges() {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var id = ((RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Mees", "de Graaf",
				LocalDate.of(2016, 1, 1), null, null, null, Channel.PHONE, Referrer.PARENT, "Vraag."), professional,
				Instant.parse("2026-11-09T09:00:00Z"))).id();
		var first = requests.find(id).orElseThrow();
		var second = requests.find(id).orElseThrow();

		first.startTreatment(LocalDate.of(2026, 11, 12), professional.username());
		transactions.executeWithoutResult(tx -> requests.saveState(first, Instant.now()));
		second.close(LocalDate.of(2026, 11, 12), ClosureReason.WITHDRAWN, professional.username());

		assertThatExceptionOfType(OptimisticLockingFailureException.class)
				.isThrownBy(() -> transactions.executeWithoutResult(tx -> requests.saveState(second, Instant.now())));
		var stored = requests.find(id).orElseThrow();
		assertThat(stored.state()).isInstanceOf(HelpRequestState.InTriage.class);
		assertThat(stored.conversations()).hasSize(1);
	}
}
