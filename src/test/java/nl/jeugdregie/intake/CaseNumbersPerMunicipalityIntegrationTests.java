package nl.jeugdregie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SEC-2 (issue 11): help request numbers count per municipality and year, so a municipality cannot read from its
 * own numbers how many requests another registers; parallel registrations never share a number.
 */
@IntegrationTest
class CaseNumbersPerMunicipalityIntegrationTests {

	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;

	@Test
	@DisplayName("SEC-2: each municipality's help requests are numbered from 1, whatever the others register")
	void numbersEachMunicipalitysRequestsOnTheirOwn() {
		var one = fixtures.newWorld();
		var other = fixtures.newWorld();
		var inOne = fixtures.user(Role.YOUTH_PROFESSIONAL, one.municipality(), one.team());
		var inOther = fixtures.user(Role.YOUTH_PROFESSIONAL, other.municipality(), other.team());

		register(inOne);
		register(inOne);
		register(inOther);
		var third = register(inOne);

		assertThat(register(inOther)).isEqualTo("HV-" + other.municipality().value() + "-2026-000002");
		assertThat(third).isEqualTo("HV-" + one.municipality().value() + "-2026-000003");
	}

	@Test
	@DisplayName("SEC-2: twenty parallel registrations in one municipality get twenty different numbers, 1 to 20")
	void givesParallelRegistrationsDifferentNumbers() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var numbers = new ConcurrentLinkedQueue<String>();
		var start = new CountDownLatch(1);
		try (var pool = Executors.newFixedThreadPool(4)) {
			for (int i = 0; i < 20; i++) {
				pool.submit(() -> {
					start.await();
					numbers.add(register(professional));
					return null;
				});
			}
			start.countDown();
		}
		assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 20)
				.mapToObj(n -> "HV-%s-2026-%06d".formatted(world.municipality().value(), n)).toList());
	}

	private String register(CurrentUser professional) {
		var result = registration.register(new RegisterHelpRequest("Daan", "Jansen", LocalDate.of(2012, 4, 1), null,
				"Sanne Jansen", "moeder", Channel.PHONE, Referrer.PARENT, "Vraag over opvoeding en school."),
				professional, Instant.parse("2026-11-10T09:00:00Z"));
		return ((RegistrationResult.Registered) result).number();
	}
}
