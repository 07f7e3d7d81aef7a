package nl.jeugdregie.monitoring.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.jeugdregie.monitoring.internal.disclosure.Disclosure;
import nl.jeugdregie.monitoring.internal.disclosure.Tally;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The comparison rows of the regional monitor (MON-9): published counts per row and total, the share within the term. */
class RegionPresenterUnitTests {

	static final YearMonth OCTOBER = YearMonth.of(2026, 10);
	static final DashboardView.Norms NORMS = new DashboardView.Norms(2, 5, 8);
	static final Disclosure DISCLOSURE = Disclosure.withSecret("region-tests");

	@Test
	@DisplayName("MON-9, SEC-2: a small cell is published as 0, the others within 2, the total in its own right, so "
			+ "total minus the other rows does not give the small one")
	void publishesEveryCellAndTheTotalThroughTheDisclosureControl() {
		var aa = new Tally(3, 1_000_000_007L);
		var bb = new Tally(70, 9_876_543_210L);
		var cc = new Tally(90, 123_456_789_012L);
		var view = present(member("0001", "Aa", registrations(aa)), member("0002", "Bb", registrations(bb)),
				member("0003", "Cc", registrations(cc)));

		assertThat(view.rows()).extracting(r -> r.registrations().value())
				.containsExactly(0L, DISCLOSURE.count(bb), DISCLOSURE.count(cc));
		assertThat(view.rows().get(2).registrations().value()).isBetween(88L, 92L);
		assertThat(view.total().registrations().value()).isEqualTo(DISCLOSURE.count(aa.plus(bb).plus(cc)));
		assertThat(view.rows()).extracting(RegionView.Row::own).containsExactly(false, true, false);
		assertThat(view.legend()).isNotEmpty();
	}

	@Test
	@DisplayName("MON-9, SEC-2: the share started within the term comes from published counts, and is left out (k) "
			+ "with a published number of starts below 5")
	void computesTheShareStartedWithinTheTermFromPublishedCounts() {
		var started = new Tally(60, 77_777_777_777L);
		var late = new Tally(15, 11_111_111_111L);
		var view = present(member("0001", "Aa", starts(started, late)), member("0002", "Bb", starts(new Tally(3, 5), Tally.NONE)));

		assertThat(view.rows().get(0).startedWithinTermPercent().value()).isEqualTo(
				Math.round(DISCLOSURE.count(started.minus(late)) * 100.0 / DISCLOSURE.count(started)));
		assertThat(view.rows().get(1).startedWithinTermPercent().mark()).isEqualTo("k");
		assertThat(view.rows().get(1).medianWaitingDays().mark()).isEqualTo("k");
	}

	private static RegionView present(RegionPresenter.MemberFigures... members) {
		return RegionPresenter.present("Testregio", "0002", List.of(members), OCTOBER, OCTOBER,
				LocalDate.of(2026, 11, 16), NORMS, DISCLOSURE);
	}

	private static RegionPresenter.MemberFigures member(String code, String name, Counts counts) {
		var scope = DashboardScope.municipality(code, OCTOBER, OCTOBER);
		var figures = new DashboardFigures(scope, List.of(), counts, new WaitHistogram(), LocalDate.of(2026, 11, 16),
				Tally.NONE, Tally.NONE);
		return new RegionPresenter.MemberFigures(code, name, figures);
	}

	private static Counts registrations(Tally n) {
		return new Counts(n, Tally.NONE, Tally.NONE, Tally.NONE, Tally.NONE, 0, Tally.NONE, Tally.NONE, Tally.NONE,
				Tally.NONE, Tally.NONE, Tally.NONE, Tally.NONE, Tally.NONE, Tally.NONE, 0, Tally.NONE, Tally.NONE, 0);
	}

	private static Counts starts(Tally started, Tally late) {
		return new Counts(started, Tally.NONE, Tally.NONE, Tally.NONE, started, 0, late, Tally.NONE, Tally.NONE,
				Tally.NONE, Tally.NONE, Tally.NONE, Tally.NONE, Tally.NONE, Tally.NONE, 0, Tally.NONE, Tally.NONE, 0);
	}
}
