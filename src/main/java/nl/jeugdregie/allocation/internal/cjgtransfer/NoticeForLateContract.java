package nl.jeugdregie.allocation.internal.cjgtransfer;

import java.time.LocalDate;

/**
 * TOEW-8: a provider contracted for a category after it was marked within the CJG's scope is told on contracting,
 * and gets the same lead as everyone else: the transfer applies to it from the scope's date, or from its notice plus
 * the notice norm (6 months by default) when that is later. Until then its extensions stay with it.
 */
final class NoticeForLateContract {

	private NoticeForLateContract() {}

	static LocalDate appliesFrom(CjgScope scope, LocalDate noticedOn, int noticeMonths) {
		var earliest = noticedOn.plusMonths(noticeMonths);
		return earliest.isAfter(scope.effectiveFrom()) ? earliest : scope.effectiveFrom();
	}
}
