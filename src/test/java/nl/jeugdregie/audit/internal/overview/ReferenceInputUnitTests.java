package nl.jeugdregie.audit.internal.overview;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.audit.ClientReference;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SEC-2: how the privacy officer names the client of an AVG article 15 overview. */
@DisplayName("SEC-2: a client is named by BSN or file number")
class ReferenceInputUnitTests {

	private final ReferenceIsBsnOrFileNumber rule = new ReferenceIsBsnOrFileNumber();

	@Test
	void readsABsnAsPeopleWriteIt() {
		assertThat(ReferenceInput.of(" 1234.56.782 ").reference()).contains(new ClientReference.Bsn("123456782"));
		// Eight digits: the leading zero left off.
		assertThat(ReferenceInput.of("11111112").reference()).contains(new ClientReference.Bsn("011111112"));
		assertThat(ReferenceInput.of("12345678").reference()).isEmpty();
	}

	@Test
	void readsAFileNumberInAnyCase() {
		assertThat(ReferenceInput.of("hv-0828-2026-000123").reference())
				.contains(new ClientReference.CaseNumber("HV-0828-2026-000123"));
		assertThat(ReferenceInput.of("GZ-2026-000004").reference()).isPresent();
	}

	@Test
	void refusesWhatIsNeither() {
		assertThat(rule.check(ReferenceInput.of(""))).contains(Refusal.of("reference", "overview.reference.missing"));
		assertThat(rule.check(ReferenceInput.of("123456789"))).contains(Refusal.of("reference", "overview.reference.invalid"));
		assertThat(rule.check(ReferenceInput.of("Noor Visser"))).isPresent();
		assertThat(rule.check(ReferenceInput.of("123456782"))).isEmpty();
	}

	@Test
	void keepsTheBsnOutOfLogs() {
		assertThat(new ClientReference.Bsn("123456782").toString()).doesNotContain("123456");
		assertThat(new ClientReference.Bsn("123456782").masked()).isEqualTo("•••••782");
		assertThat(ReferenceInput.of("123456782").toString()).doesNotContain("123456782");
	}
}
