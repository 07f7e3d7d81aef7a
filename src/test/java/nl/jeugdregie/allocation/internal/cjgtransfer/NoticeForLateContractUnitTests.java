package nl.jeugdregie.allocation.internal.cjgtransfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.allocation.ProductCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TOEW-8: a provider contracted after the marking gets the same notice lead as everyone else")
class NoticeForLateContractUnitTests {

	private static final CjgScope FROM_JULY = new CjgScope(UUID.randomUUID(), ProductCategory.AMBULANT,
			LocalDate.of(2026, 7, 6), LocalDate.of(2026, 1, 5), 0);

	@Test
	@DisplayName("TOEW-8: contracted after the scope began: the transfer applies to it six months after its notice")
	void appliesSixMonthsAfterALateNotice() {
		assertThat(NoticeForLateContract.appliesFrom(FROM_JULY, LocalDate.of(2026, 11, 16), 6))
				.isEqualTo(LocalDate.of(2027, 5, 16));
	}

	@Test
	@DisplayName("TOEW-8: contracted soon after the marking, with six months still ahead: the scope's own day")
	void keepsTheScopeDayWhenTheNoticeIsLongEnoughAhead() {
		assertThat(NoticeForLateContract.appliesFrom(FROM_JULY, LocalDate.of(2026, 1, 6), 6)).isEqualTo(LocalDate.of(2026, 7, 6));
		assertThat(NoticeForLateContract.appliesFrom(FROM_JULY, LocalDate.of(2026, 1, 7), 6)).isEqualTo(LocalDate.of(2026, 7, 7));
	}
}
