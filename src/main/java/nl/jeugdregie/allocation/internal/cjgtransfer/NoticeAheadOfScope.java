package nl.jeugdregie.allocation.internal.cjgtransfer;

import java.util.Optional;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * TOEW-8: providers hear of a transfer to the CJG at least the notice norm ahead (6 months by default, "behoorlijk
 * bestuur" in the Oldebroek vision), so the scope starts no earlier than the notice plus that many months.
 */
final class NoticeAheadOfScope implements Policy<NoticeAheadOfScope.Lead> {

	record Lead(NewScope scope, int noticeMonths) {}

	@Override
	public Optional<Refusal> check(Lead lead) {
		var earliest = lead.scope().noticedOn().plusMonths(lead.noticeMonths());
		return lead.scope().effectiveFrom().isBefore(earliest)
				? Optional.of(Refusal.of("effectiveFrom", "allocation.cjg.noticeTooShort", lead.noticeMonths(),
						DutchFormat.date(earliest)))
				: Optional.empty();
	}
}
