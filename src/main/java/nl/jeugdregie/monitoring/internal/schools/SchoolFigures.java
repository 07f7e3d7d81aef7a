package nl.jeugdregie.monitoring.internal.schools;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.monitoring.internal.disclosure.Disclosure;
import nl.jeugdregie.monitoring.internal.disclosure.Figure;
import nl.jeugdregie.monitoring.internal.disclosure.Legend;
import nl.jeugdregie.monitoring.internal.disclosure.Tally;
import nl.jeugdregie.schools.ConnectionFigures;
import nl.jeugdregie.schools.ConnectionType;
import nl.jeugdregie.schools.SchoolLocationSummary;
import nl.jeugdregie.schools.SchoolLocations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * OND-5, OND-7: questions from schools per month next to the waiting list at the month's end, per connection type and
 * per location, and children out of school per month, for the last twelve months. Every count is published through
 * the disclosure control (ADR 0021); nothing names a child.
 */
@Service
class SchoolFigures {

	static final int MONTHS = 12;

	private final JdbcClient jdbc;
	private final Disclosure disclosure;
	private final SchoolLocations locations;
	private final Clock clock;

	SchoolFigures(JdbcClient jdbc, Disclosure disclosure, SchoolLocations locations, Clock clock) {
		this.jdbc = jdbc;
		this.disclosure = disclosure;
		this.locations = locations;
		this.clock = clock;
	}

	/** One month: questions from schools registered in it, the waiting list at its end, children out of school. */
	record Month(YearMonth month, Figure questionsFromSchools, Figure waitingListAtEnd, Figure outOfSchoolAtEnd,
			Figure outOfSchoolNew) {}

	/** Questions from schools of one group (a connection type or a location) over the twelve months. */
	record Group(String name, Figure questions) {}

	record Report(MunicipalityCode municipality, ConnectionFigures connections, YearMonth first, YearMonth last,
			List<Month> months, List<Group> perConnection, List<Group> perLocation, Figure questionsTotal,
			List<String> legend) {}

	Report report(MunicipalityCode municipality) {
		var last = YearMonth.now(clock);
		var first = last.minusMonths(MONTHS - 1);
		var from = first.atDay(1);
		var until = last.atEndOfMonth();
		var questions = perMonth("""
				select date_trunc('month', registered_on)::date as month, count(*) as n,
				       coalesce(sum(monitoring_record_key(help_request_id::text)), 0) as k
				from monitoring_school_question where municipality_code = ? and registered_on between ? and ?
				group by 1""", municipality.value(), from, until);
		var newOutOfSchool = perMonth("""
				select date_trunc('month', since)::date as month, count(*) as n,
				       coalesce(sum(monitoring_record_key(record_id::text)), 0) as k
				from monitoring_out_of_school where municipality_code = ? and since between ? and ?
				group by 1""", municipality.value(), from, until);
		var waiting = stockPerMonth("""
				select m.month::date as month, count(w.help_request_id) as n,
				       coalesce(sum(monitoring_record_key(w.help_request_id::text)), 0) as k
				from generate_series(?::date, ?::date, interval '1 month') m(month)
				left join monitoring_treatment_wait w on w.municipality_code = ?
				    and w.registered_on <= (m.month + interval '1 month' - interval '1 day')::date
				    and (w.started_on is null or w.started_on > (m.month + interval '1 month' - interval '1 day')::date)
				group by m.month""", from, last.atDay(1), municipality.value());
		var outOfSchool = stockPerMonth("""
				select m.month::date as month, count(o.record_id) as n,
				       coalesce(sum(monitoring_record_key(o.record_id::text)), 0) as k
				from generate_series(?::date, ?::date, interval '1 month') m(month)
				left join monitoring_out_of_school o on o.municipality_code = ?
				    and o.since <= (m.month + interval '1 month' - interval '1 day')::date
				    and (o.back_at_school_on is null or o.back_at_school_on > (m.month + interval '1 month' - interval '1 day')::date)
				group by m.month""", from, last.atDay(1), municipality.value());
		var months = new ArrayList<Month>();
		for (var month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			months.add(new Month(month, count(questions.get(month)), count(waiting.get(month)), count(outOfSchool.get(month)),
					count(newOutOfSchool.get(month))));
		}
		var known = new HashMap<UUID, SchoolLocationSummary>();
		locations.of(municipality).forEach(location -> known.put(location.id().value(), location));
		var perConnection = new EnumMap<ConnectionType, Tally>(ConnectionType.class);
		var perLocationTally = new HashMap<UUID, Tally>();
		var total = Tally.NONE;
		for (var row : jdbc.sql("""
				select school_location_id, count(*) as n, coalesce(sum(monitoring_record_key(help_request_id::text)), 0) as k
				from monitoring_school_question where municipality_code = ? and registered_on between ? and ?
				group by school_location_id""")
				.params(municipality.value(), from, until)
				.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new Tally(rs.getLong("n"), rs.getLong("k")))).list()) {
			var location = known.get(row.getKey());
			total = total.plus(row.getValue());
			if (location != null) {
				perConnection.merge(location.connection(), row.getValue(), Tally::plus);
				perLocationTally.put(row.getKey(), row.getValue());
			}
		}
		// Every location has a row, also without questions: which rows there are must not tell which schools asked.
		var perLocation = new ArrayList<Group>();
		known.forEach((id, location) -> perLocation.add(new Group(location.label(), count(perLocationTally.get(id)))));
		perLocation.sort(java.util.Comparator.comparing(Group::name));
		var connections = new ArrayList<Group>();
		for (var type : ConnectionType.values()) {
			connections.add(new Group(type.dutchName(), count(perConnection.getOrDefault(type, Tally.NONE))));
		}
		return new Report(municipality, locations.connectionFigures(municipality), first, last, months, connections,
				perLocation, count(total), Legend.lines());
	}

	private Figure count(@org.jspecify.annotations.Nullable Tally tally) {
		return Figure.of(disclosure.count(tally == null ? Tally.NONE : tally));
	}

	private Map<YearMonth, Tally> perMonth(String sql, Object... params) {
		var result = new HashMap<YearMonth, Tally>();
		jdbc.sql(sql).params(params).query((rs, n) -> result.put(YearMonth.from(rs.getObject("month", LocalDate.class)),
				new Tally(rs.getLong("n"), rs.getLong("k")))).list();
		return result;
	}

	private Map<YearMonth, Tally> stockPerMonth(String sql, Object... params) {
		return perMonth(sql, params);
	}
}
