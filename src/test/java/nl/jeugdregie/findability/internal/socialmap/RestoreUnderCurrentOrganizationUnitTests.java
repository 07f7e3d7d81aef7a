package nl.jeugdregie.findability.internal.socialmap;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.findability.internal.socialmap.OrganizationRecords.Withdrawable;
import nl.jeugdregie.findability.internal.socialmap.RestoreUnderCurrentOrganization.Restore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RestoreUnderCurrentOrganizationUnitTests {

	private final RestoreUnderCurrentOrganization rule = RestoreUnderCurrentOrganization.INSTANCE;

	@Test
	@DisplayName("VIND-2: a location or service comes back only while its organisation is on the map")
	void refusesALocationOrServiceOfAWithdrawnOrganisation() {
		assertThat(rule.check(new Restore(Withdrawable.SERVICE, true))).get()
				.satisfies(r -> assertThat(r.code()).isEqualTo("findability.restore.organizationWithdrawn"));
		assertThat(rule.check(new Restore(Withdrawable.LOCATION, true))).isPresent();
		assertThat(rule.check(new Restore(Withdrawable.SERVICE, false))).isEmpty();
		assertThat(rule.check(new Restore(Withdrawable.LOCATION, false))).isEmpty();
	}

	@Test
	@DisplayName("VIND-2: an organisation itself can always come back")
	void letsAnOrganisationComeBack() {
		assertThat(rule.check(new Restore(Withdrawable.ORGANIZATION, true))).isEmpty();
		assertThat(rule.check(new Restore(Withdrawable.ORGANIZATION, false))).isEmpty();
	}
}
