package nl.jeugdregie.monitoring.internal.periodic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.monitoring.internal.outcomes.ReportPeriod;
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

	private final JdbcClient jdbc;
	private final Teams teams;

	ProcessFigures(JdbcClient jdbc, Teams teams) {
		this.jdbc = jdbc;
		this.teams = teams;
	}

	/** Median and 90th percentile of durations in days, and how many durations there were. */
	private record Durations(long count, long late, @Nullable Double median, @Nullable Double p90) {}

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
		var perTeam = new HashMap<UUID, Long>();
		jdbc.sql("""
				select team_id, count(*) from monitoring_outcome_registration
				where municipality_code = ? and registered_on between ? and ? group by team_id""")
				.params(municipality.value(), period.from(), period.to())
				.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2)))
				.list().forEach(e -> perTeam.put(e.getKey(), e.getValue()));
		var teamList = teams.ofMunicipality(municipality);
		var counts = teamList.stream().map(t -> perTeam.getOrDefault(t.id().value(), 0L)).toList();
		var cells = Cells.partsAndTotal(counts);
		var rows = new ArrayList<List<String>>();
		for (var i = 0; i < teamList.size(); i++) {
			rows.add(List.of(teamList.get(i).name(), cells.get(i)));
		}
		rows.add(List.of("Totaal", cells.getLast()));
		var adults = jdbc.sql("""
				select count(*) from monitoring_outcome_registration
				where municipality_code = ? and registered_on between ? and ? and age_at_registration >= 18""")
				.params(municipality.value(), period.from(), period.to()).query(Long.class).single();
		rows.add(List.of("Waarvan 18 jaar of ouder", Cells.count(adults)));
		return ReportDocument.Section.table("aanmeldingen", "Aanmeldingen",
				"Hulpvragen geregistreerd in deze periode, per team.", List.of("Team", "Aantal"), rows);
	}

	private ReportDocument.Section waiting(MunicipalityCode municipality, ReportPeriod period, LocalDate reference) {
		var waitingList = jdbc.sql("""
				select count(*) from monitoring_treatment_wait
				where municipality_code = ? and registered_on <= ? and deadline < ? and (started_on is null or started_on > ?)""")
				.params(municipality.value(), reference, reference, reference).query(Long.class).single();
		var started = durations("""
				select count(*), count(*) filter (where started_on > deadline),
				       percentile_cont(0.5) within group (order by started_on - registered_on),
				       percentile_cont(0.9) within group (order by started_on - registered_on)
				from monitoring_treatment_wait where municipality_code = ? and started_on between ? and ?""",
				municipality, period);
		return ReportDocument.Section.table("wachtlijst", "Wachtlijst en wachttijd",
				"Wachtlijst: hulpvragen die op de peildatum langer dan de termijn wachten op het eerste gesprek. "
						+ "Wachttijd: van registratie tot het eerste gesprek, voor wie in deze periode in behandeling kwam.",
				List.of("Onderdeel", "Waarde"), List.of(
						List.of("Wachtlijst op de peildatum", Cells.count(waitingList)),
						List.of("In behandeling genomen in deze periode", Cells.count(started.count())),
						List.of("Waarvan na de termijn", Cells.count(started.late())),
						List.of("Wachttijd, mediaan", Cells.days(started.median(), started.count())),
						List.of("Wachttijd, 90e percentiel", Cells.days(started.p90(), started.count()))));
	}

	private ReportDocument.Section leadTimes(MunicipalityCode municipality, ReportPeriod period) {
		var routes = durations("""
				select count(*), count(*) filter (where c.closed_on > t.deadline),
				       percentile_cont(0.5) within group (order by c.closed_on - t.applied_on),
				       percentile_cont(0.9) within group (order by c.closed_on - t.applied_on)
				from monitoring_route_to_care t join monitoring_closure c using (help_request_id)
				where t.municipality_code = ? and c.closed_on between ? and ?""", municipality, period);
		var requests = durations("""
				select count(*), 0,
				       percentile_cont(0.5) within group (order by c.closed_on - r.registered_on),
				       percentile_cont(0.9) within group (order by c.closed_on - r.registered_on)
				from monitoring_outcome_closure c join monitoring_outcome_registration r using (help_request_id)
				where c.municipality_code = ? and c.closed_on between ? and ?""", municipality, period);
		var closed = jdbc.sql("""
				select count(*) from monitoring_outcome_closure where municipality_code = ? and closed_on between ? and ?""")
				.params(municipality.value(), period.from(), period.to()).query(Long.class).single();
		return ReportDocument.Section.table("doorlooptijden", "Doorlooptijden",
				"Doorlooptijd hulpvraag: van registratie tot afsluiten. Toeleiding naar zorg: van de aanvraag tot het "
						+ "einde van de toeleiding, met de wettelijke termijn als norm.",
				List.of("Onderdeel", "Waarde"), List.of(
						List.of("Afgesloten hulpvragen in deze periode", Cells.count(closed)),
						List.of("Doorlooptijd hulpvraag, mediaan", Cells.days(requests.median(), requests.count())),
						List.of("Doorlooptijd hulpvraag, 90e percentiel", Cells.days(requests.p90(), requests.count())),
						List.of("Toeleidingen naar zorg afgerond", Cells.count(routes.count())),
						List.of("Waarvan na de termijn", Cells.count(routes.late())),
						List.of("Doorlooptijd toeleiding, mediaan", Cells.days(routes.median(), routes.count()))));
	}

	private Durations durations(String sql, MunicipalityCode municipality, ReportPeriod period) {
		return jdbc.sql(sql).params(municipality.value(), period.from(), period.to())
				.query((rs, n) -> new Durations(rs.getLong(1), rs.getLong(2), (Double) rs.getObject(3),
						(Double) rs.getObject(4)))
				.single();
	}
}
