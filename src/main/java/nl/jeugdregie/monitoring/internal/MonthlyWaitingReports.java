package nl.jeugdregie.monitoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Team;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.policy.TermExceedance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the monthly waiting-term report from monitoring's read model. Counting rules (glossary):
 * "started late in month M" = first conversation in M after the deadline, weeks measured to the first
 * conversation; "still waiting at the reference date" = registered on or before it, no first conversation
 * by then, deadline before it, weeks measured to the reference date. Weeks follow {@link TermExceedance}.
 */
@Service
class MonthlyWaitingReports {

	private final JdbcClient jdbc;
	private final Teams teams;
	private final Clock clock;

	MonthlyWaitingReports(JdbcClient jdbc, Teams teams, Clock clock) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.clock = clock;
	}

	/** Report months lie between the first month with data and the current month. */
	boolean isInTheFuture(YearMonth month) {
		return month.isAfter(YearMonth.now(clock));
	}

	@Transactional(readOnly = true)
	MonthlyWaitingReport report(MunicipalityCode municipality, YearMonth month) {
		if (isInTheFuture(month)) {
			throw new IllegalArgumentException("A monthly report covers a past or the current month");
		}
		var today = LocalDate.now(clock);
		var reference = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
		var startedLate = startedLate(municipality, month);
		var stillWaiting = stillWaiting(municipality, reference);
		var teamList = teams.ofMunicipality(municipality);
		var name = teams.municipality(municipality).map(m -> m.name()).orElse(municipality.value());
		return suppressed(name, month, reference, teamList, startedLate, stillWaiting);
	}

	private Map<UUID, Figures> startedLate(MunicipalityCode municipality, YearMonth month) {
		var rows = jdbc.sql("""
				select team_id, deadline, started_on from monitoring_treatment_wait
				where municipality_code = ? and started_on between ? and ? and started_on > deadline""")
				.params(municipality.value(), month.atDay(1), month.atEndOfMonth())
				.query((rs, n) -> new Exceedance(rs.getObject(1, UUID.class),
						TermExceedance.weeksOver(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class))))
				.list();
		return byTeam(rows);
	}

	private Map<UUID, Figures> stillWaiting(MunicipalityCode municipality, LocalDate reference) {
		var rows = jdbc.sql("""
				select team_id, deadline from monitoring_treatment_wait
				where municipality_code = ? and registered_on <= ? and deadline < ?
				  and (started_on is null or started_on > ?)""")
				.params(municipality.value(), reference, reference, reference)
				.query((rs, n) -> new Exceedance(rs.getObject(1, UUID.class),
						TermExceedance.weeksOver(rs.getObject(2, LocalDate.class), reference)))
				.list();
		return byTeam(rows);
	}

	private record Exceedance(UUID team, long weeks) {}

	private record Figures(long count, long weeks, long maxWeeks) {

		static final Figures NONE = new Figures(0, 0, 0);

		Figures plus(long exceedanceWeeks) {
			return new Figures(count + 1, weeks + exceedanceWeeks, Math.max(maxWeeks, exceedanceWeeks));
		}

		Figures plus(Figures other) {
			return new Figures(count + other.count, weeks + other.weeks, Math.max(maxWeeks, other.maxWeeks));
		}
	}

	private static Map<UUID, Figures> byTeam(List<Exceedance> rows) {
		var result = new HashMap<UUID, Figures>();
		rows.forEach(row -> result.merge(row.team(), Figures.NONE.plus(row.weeks()), Figures::plus));
		return result;
	}

	private static MonthlyWaitingReport suppressed(String municipality, YearMonth month, LocalDate reference,
			List<Team> teamList, Map<UUID, Figures> startedLate, Map<UUID, Figures> stillWaiting) {
		var late = column(teamList, startedLate);
		var waiting = column(teamList, stillWaiting);
		var lines = new ArrayList<MonthlyWaitingReport.Line>();
		for (var i = 0; i < teamList.size(); i++) {
			lines.add(new MonthlyWaitingReport.Line(teamList.get(i).name(), late.get(i), waiting.get(i)));
		}
		var total = new MonthlyWaitingReport.Line("Totaal", total(startedLate), total(stillWaiting));
		return new MonthlyWaitingReport(municipality, month, reference, lines, total);
	}

	/** One column of the report, with small counts and their complements hidden. */
	private static List<MonthlyWaitingReport.Figures> column(List<Team> teamList, Map<UUID, Figures> figures) {
		Function<Team, Figures> of = team -> figures.getOrDefault(team.id().value(), Figures.NONE);
		var hidden = SmallCountSuppression.hiddenParts(teamList.stream().map(t -> of.apply(t).count()).toList());
		var column = new ArrayList<MonthlyWaitingReport.Figures>();
		for (var i = 0; i < teamList.size(); i++) {
			var f = of.apply(teamList.get(i));
			var shown = new MonthlyWaitingReport.Figures(f.count(), f.weeks(), f.maxWeeks(), false);
			column.add(hidden.get(i) ? shown.hide() : shown);
		}
		return column;
	}

	private static MonthlyWaitingReport.Figures total(Map<UUID, Figures> figures) {
		var sum = figures.values().stream().reduce(Figures.NONE, Figures::plus);
		var shown = new MonthlyWaitingReport.Figures(sum.count(), sum.weeks(), sum.maxWeeks(), false);
		return SmallCountSuppression.tooSmall(sum.count()) ? shown.hide() : shown;
	}
}
