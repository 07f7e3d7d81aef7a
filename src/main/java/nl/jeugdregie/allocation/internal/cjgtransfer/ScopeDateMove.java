package nl.jeugdregie.allocation.internal.cjgtransfer;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * TOEW-8: moving a scope's date. Later is always possible (the providers get a new notice); earlier only while the
 * new date still lies at least the notice norm after the day the providers were told, so no provider gets less
 * lead than "behoorlijk bestuur" asks. The same date is no move.
 */
final class ScopeDateMove implements Policy<ScopeDateMove.Move> {

	record Move(CjgScope scope, LocalDate newFrom, int noticeMonths) {}

	@Override
	public Optional<Refusal> check(Move move) {
		var current = move.scope().effectiveFrom();
		if (move.newFrom().equals(current)) {
			return Optional.of(Refusal.of("effectiveFrom", "allocation.cjg.move.same", DutchFormat.date(current)));
		}
		var earliest = move.scope().noticedOn().plusMonths(move.noticeMonths());
		if (move.newFrom().isBefore(current) && move.newFrom().isBefore(earliest)) {
			return Optional.of(Refusal.of("effectiveFrom", "allocation.cjg.move.tooEarly", move.noticeMonths(),
					DutchFormat.date(move.scope().noticedOn()), DutchFormat.date(earliest)));
		}
		return Optional.empty();
	}
}
