package nl.jeugdregie.messaging.internal.outgoing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.intake.ClientsForMessaging.ClientData;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TOEW-7: a JW301 waits while the client's BSN is missing or fails the eleven-test")
class BsnKnownForAllocationMessageUnitTests {

	final BsnKnownForAllocationMessage policy = new BsnKnownForAllocationMessage();

	static ClientData client(String bsn) {
		return new ClientData(bsn, LocalDate.parse("2013-03-03"), "Tom", "Wit");
	}

	@Test
	void letsAValidBsnThrough() {
		assertThat(policy.check(client("999900006"))).isEmpty();
	}

	@Test
	void refusesAMissingBsn() {
		assertThat(policy.check(client(null))).map(Refusal::code).contains(BsnKnownForAllocationMessage.MISSING);
	}

	@Test
	void refusesABsnThatFailsTheElevenTest() {
		assertThat(policy.check(client("999900007"))).map(Refusal::code).contains(BsnKnownForAllocationMessage.INVALID);
	}
}
