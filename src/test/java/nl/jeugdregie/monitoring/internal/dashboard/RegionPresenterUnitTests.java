package nl.jeugdregie.monitoring.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The comparison rows of the regional monitor (MON-9): column suppression and the share within the term. */
class RegionPresenterUnitTests {

	static final YearMonth OCTOBER = YearMonth.of(2026, 10);
	static final DashboardView.Norms NORMS = new DashboardView.Norms(2, 5, 8);

	@Test
	@DisplayName("MON-9, SEC-2: a single small cell in a column hides the next smallest too; the total stays shown")
	void hidesTheNextSmallestCellWhenOneCellInAColumnIsSmall() {
		var view = present(member("0001", "Aa", registrations(3)), member("0002", "Bb", registrations(7)),
				member("0003", "Cc", registrations(9)));

		assertThat(view.rows()).extracting(r -> r.registrations().suppressed()).containsExactly(true, true, false);
		assertThat(view.rows().get(2).registrations().value()).isEqualTo(9);
		assertThat(view.total().registrations().value()).isEqualTo(19);
		assertThat(view.rows()).extracting(RegionView.Row::own).containsExactly(false, true, false);
	}

	@Test
	@DisplayName("MON-9: the share started within the term is rounded, and hidden with few starts or hidden late starts")
	void computesTheShareStartedWithinTheTerm() {
		assertThat(RegionPresenter.withinTerm(3, 1, Shown.count(1)).suppressed()).isTrue();
		assertThat(RegionPresenter.withinTerm(9, 3, Shown.SUPPRESSED).suppressed()).isTrue();
		assertThat(RegionPresenter.withinTerm(0, 0, Shown.count(0))).isEqualTo(Shown.NOT_AVAILABLE);
		assertThat(RegionPresenter.withinTerm(15, 5, Shown.count(5)).value()).isEqualTo(67);
		assertThat(RegionPresenter.withinTerm(10, 0, Shown.count(0)).value()).isEqualTo(100);
	}

	private static RegionView present(RegionPresenter.MemberFigures... members) {
		return RegionPresenter.present("Testregio", "0002", List.of(members), OCTOBER, OCTOBER,
				LocalDate.of(2026, 11, 16), NORMS);
	}

	private static RegionPresenter.MemberFigures member(String code, String name, Counts counts) {
		var scope = DashboardScope.municipality(code, OCTOBER, OCTOBER);
		var figures = new DashboardFigures(scope, List.of(), counts, new WaitHistogram(), LocalDate.of(2026, 11, 16),
				0, 0);
		return new RegionPresenter.MemberFigures(code, name, figures);
	}

	private static Counts registrations(long n) {
		return new Counts(n, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}
}
