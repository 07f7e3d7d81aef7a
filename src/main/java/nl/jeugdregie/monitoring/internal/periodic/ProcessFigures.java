package nl.jeugdregie.monitoring.internal.periodic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.monitoring.internal.disclosure.Disclosure;
import nl.jeugdregie.monitoring.internal.disclosure.Tally;
import nl.jeugdregie.monitoring.internal.outcomes.ReportPeriod;
import nl.jeugdregie.monitoring.internal.periodic.ReportDocument.Cell;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The quantitative part of the quarterly and half-yearly reports (MON-2): registrations, the waiting list,
 * waiting times and lead times, from monitoring's read models. Facts count by their own dates within the
 * period; the waiting list is measured on the reference date (the period's end, or today while it runs).
 */
@Component
class ProcessFigures {

	/** The record key of a request in SQL (SEC-2, ADR 0021), of the table aliased {@code t}. */
	private static final String KEY = "monitoring_record_key(t.help_request_id::text)";

	private final JdbcClient jdbc;
	private final Teams teams;
	private final Disclosure disclosure;

	ProcessFigures(JdbcClient jdbc, Teams teams, Disclosure disclosure) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.disclosure = disclosure;
	}

	/** Median and 90th percentile of durations in days, and how many durations there were. */
	private record Durations(Tally count, Tally late, @Nullable Double median, @Nullable Double p90) {}

	List<ReportDocument.Section> sections(MunicipalityCode municipality, ReportPeriod period, LocalDate reference) {
		return List.of(registrations(municipality, period), waiting(municipality, period, reference),
				leadTimes(municipality, period));
	}

	/** Whether the period holds any registration, start, closure or waiting request at all. */
	boolean any(MunicipalityCode municipality, ReportPeriod period, LocalDate reference) {
		return jdbc.sql("""
				select exists (select 1 from monitoring_outcome_registration where municipality_code = ? and registered_on between ? and ?)
				    or exists (select 1 from monitoring_outcome_closure where municipality_code = ? and closed_on between ? and ?)
				    or exists (select 1 from monitoring_treatment_wait where municipality_code = ? and registered_on <= ?
				               and (started_on is null or started_on >= ?))""")
				.params(municipality.value(), period.from(), period.to(), municipality.value(), period.from(), period.to(),
						municipality.value(), reference, period.from())
				.query(Boolean.class).single();
	}

	private ReportDocument.Section registrations(MunicipalityCode municipality, ReportPeriod period) {
		var perTeam = new HashMap<UUID, Tally>();
		jdbc.sql("""
				select team_id, count(*), sum(%s) from monitoring_outcome_registration t
				where municipality_code = ? and registered_on between ? and ? group by team_id""".formatted(KEY))
				.params(municipality.value(), period.from(), period.to())
				.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new Tally(rs.getLong(2), rs.getLong(3))))
				.list().forEach(e -> perTeam.put(e.getKey(), e.getValue()));
		var teamList = teams.ofMunicipality(municipality);
		var counts = teamList.stream().map(t -> perTeam.getOrDefault(t.id().value(), Tally.NONE)).toList();
		var cells = Cells.partsAndTotal(disclosure, counts);
		var rows = new ArrayList<List<Cell>>();
		for (var i = 0; i < teamList.size(); i++) {
			rows.add(List.of(Cell.text(teamList.get(i).name()), cells.get(i)));
		}
		rows.add(List.of(Cell.text(Labels.text("text.monitoring.process.total")), cells.getLast()));
		var adults = tally("""
				select count(*), coalesce(sum(%s), 0) from monitoring_outcome_registration t
				where municipality_code = ? and registered_on between ? and ? and age_at_registration >= 18""",
				municipality.value(), period.from(), period.to());
		rows.add(List.of(Cell.text(Labels.text("text.monitoring.process.adults")), Cells.count(disclosure, adults)));
		return ReportDocument.Section.table("aanmeldingen", Labels.text("text.monitoring.process.registrations.title"),
				Labels.text("text.monitoring.process.registrations.introduction"), List.of(Labels.text("text.monitoring.process.header.team"), Labels.text("text.monitoring.process.header.count")), rows);
	}

	private ReportDocument.Section waiting(MunicipalityCode municipality, ReportPeriod period, LocalDate reference) {
		var waitingList = tally("""
				select count(*), coalesce(sum(%s), 0) from monitoring_treatment_wait t
				where municipality_code = ? and registered_on <= ? and deadline < ? and (started_on is null or started_on > ?)""",
				municipality.value(), reference, reference, reference);
		var started = durations("""
				select count(*), coalesce(sum(%1$s), 0), count(*) filter (where started_on > deadline),
				       coalesce(sum(%1$s) filter (where started_on > deadline), 0),
				       percentile_cont(0.5) within group (order by started_on - registered_on),
				       percentile_cont(0.9) within group (order by started_on - registered_on)
				from monitoring_treatment_wait t where municipality_code = ? and started_on between ? and ?""",
				municipality, period);
		return ReportDocument.Section.table("wachtlijst", Labels.text("text.monitoring.process.waiting.title"),
				Labels.text("text.monitoring.process.waiting.introduction"),
				List.of(Labels.text("text.monitoring.process.header.part"), Labels.text("text.monitoring.process.header.value")), List.of(
						row(Labels.text("text.monitoring.process.waitingList"), Cells.count(disclosure, waitingList)),
						row(Labels.text("text.monitoring.process.started"), Cells.count(disclosure, started.count())),
						row(Labels.text("text.monitoring.process.late"), Cells.count(disclosure, started.late())),
						row(Labels.text("text.monitoring.process.waitMedian"), Cells.days(disclosure, started.count(), started.median())),
						row(Labels.text("text.monitoring.process.waitP90"), Cells.days(disclosure, started.count(), started.p90()))));
	}

	private ReportDocument.Section leadTimes(MunicipalityCode municipality, ReportPeriod period) {
		var routes = durations("""
				select count(*), coalesce(sum(%1$s), 0), count(*) filter (where c.closed_on > t.deadline),
				       coalesce(sum(%1$s) filter (where c.closed_on > t.deadline), 0),
				       percentile_cont(0.5) within group (order by c.closed_on - t.applied_on),
				       percentile_cont(0.9) within group (order by c.closed_on - t.applied_on)
				from monitoring_route_to_care t join monitoring_closure c using (help_request_id)
				where t.municipality_code = ? and c.closed_on between ? and ?""", municipality, period);
		var requests = durations("""
				select count(*), coalesce(sum(%1$s), 0), 0, 0,
				       percentile_cont(0.5) within group (order by c.closed_on - t.registered_on),
				       percentile_cont(0.9) within group (order by c.closed_on - t.registered_on)
				from monitoring_outcome_closure c join monitoring_outcome_registration t using (help_request_id)
				where c.municipality_code = ? and c.closed_on between ? and ?""", municipality, period);
		var closed = tally("""
				select count(*), coalesce(sum(%s), 0) from monitoring_outcome_closure t
				where municipality_code = ? and closed_on between ? and ?""", municipality.value(), period.from(), period.to());
		return ReportDocument.Section.table("doorlooptijden", Labels.text("text.monitoring.process.throughput.title"),
				Labels.text("text.monitoring.process.throughput.introduction"),
				List.of(Labels.text("text.monitoring.process.header.part"), Labels.text("text.monitoring.process.header.value")), List.of(
						row(Labels.text("text.monitoring.process.closed"), Cells.count(disclosure, closed)),
						row(Labels.text("text.monitoring.process.requestMedian"), Cells.days(disclosure, requests.count(), requests.median())),
						row(Labels.text("text.monitoring.process.requestP90"), Cells.days(disclosure, requests.count(), requests.p90())),
						row(Labels.text("text.monitoring.process.routesDone"), Cells.count(disclosure, routes.count())),
						row(Labels.text("text.monitoring.process.late"), Cells.count(disclosure, routes.late())),
						row(Labels.text("text.monitoring.process.routeMedian"), Cells.days(disclosure, routes.count(), routes.median()))));
	}

	private Durations durations(String sql, MunicipalityCode municipality, ReportPeriod period) {
		return jdbc.sql(sql.formatted(KEY)).params(municipality.value(), period.from(), period.to())
				.query((rs, n) -> new Durations(new Tally(rs.getLong(1), rs.getLong(2)),
						new Tally(rs.getLong(3), rs.getLong(4)), (Double) rs.getObject(5), (Double) rs.getObject(6)))
				.single();
	}

	/** A count with the key sum of its requests, from a query with {@code %s} for the record key. */
	private Tally tally(String sql, Object... params) {
		return jdbc.sql(sql.formatted(KEY)).params(params)
				.query((rs, n) -> new Tally(rs.getLong(1), rs.getLong(2))).single();
	}

	private static List<Cell> row(String name, Cell cell) {
		return List.of(Cell.text(name), cell);
	}
}
