package nl.jeugdregie.monitoring.internal.periodic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.monitoring.internal.disclosure.Disclosure;
import nl.jeugdregie.monitoring.internal.disclosure.RecordKeys;
import nl.jeugdregie.monitoring.internal.disclosure.Tally;
import nl.jeugdregie.monitoring.internal.outcomes.ReportPeriod;
import nl.jeugdregie.monitoring.internal.periodic.ReportDocument.Cell;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Transformation trends and "data with meaning" (MON-5, MON-6) per quarter of a year: what intake, plans and
 * allocation (its events, aftercare included) record, and the start and stop of care from providers' messages. Nothing
 * is estimated or invented.
 */
@Component
class TransformationFigures {

	/**
	 * A figure counted per quarter from one query with the municipality and the quarter's first and last day, giving
	 * the count and the key sum of its records ({@code %s} is the record key, SEC-2).
	 */
	private record Measure(String name, String sql, String key, boolean pastDaysOnly) {

		Measure(String name, String sql) {
			this(name, sql, sql.contains("plan_evaluation") ? RecordKeys.PLAN_EVALUATION : RecordKeys.HELP_REQUEST, false);
		}

		Measure(String name, String sql, String key) {
			this(name, sql, key, false);
		}
	}

	private static final List<Measure> AVAILABLE = List.of(
			new Measure("Aanmeldingen", """
					select count(*), coalesce(sum(%s), 0) from monitoring_outcome_registration
					where municipality_code = ? and registered_on between ? and ?"""),
			new Measure("Aanmeldingen van jongeren van 18 jaar of ouder", """
					select count(*), coalesce(sum(%s), 0) from monitoring_outcome_registration
					where municipality_code = ? and registered_on between ? and ? and age_at_registration >= 18"""),
			new Measure("Gestart: eerste gesprek gevoerd", """
					select count(*), coalesce(sum(%s), 0) from monitoring_treatment_wait
					where municipality_code = ? and started_on between ? and ?"""),
			new Measure("Beëindigd: hulpvraag afgesloten", """
					select count(*), coalesce(sum(%s), 0) from monitoring_outcome_closure
					where municipality_code = ? and closed_on between ? and ?"""),
			new Measure("Lichte hulp: afgerond door het CJG, sociaal team of voorliggend veld", """
					select count(*), coalesce(sum(%s), 0) from monitoring_outcome_closure
					where municipality_code = ? and closed_on between ? and ?
					  and reason in ('SOLVED_BY_CJG', 'HANDED_TO_SOCIAL_TEAM', 'REFERRED_TO_PRECEDING_FIELD')"""),
			new Measure("Zwaardere hulp: toegeleid naar specialistische jeugdhulp", """
					select count(*), coalesce(sum(%s), 0) from monitoring_outcome_closure
					where municipality_code = ? and closed_on between ? and ? and reason = 'SPECIALISED_CARE_STARTED'"""),
			new Measure("Afschalen: bij afsluiten is lichtere hulp voldoende", """
					select count(*), coalesce(sum(%s), 0) from monitoring_outcome_plan_evaluation
					where municipality_code = ? and evaluated_on between ? and ? and moment in ('CLOSURE', 'HANDOVER')
					  and continuation = 'LIGHTER_HELP_SUFFICES'"""),
			new Measure("Uitstroom: bij afsluiten kan het gezin verder zonder hulp", """
					select count(*), coalesce(sum(%s), 0) from monitoring_outcome_plan_evaluation
					where municipality_code = ? and evaluated_on between ? and ? and moment in ('CLOSURE', 'HANDOVER')
					  and continuation = 'CONTINUES_WITHOUT_HELP'"""),
			// MON-5, MON-6 from allocation's events (monitoring_in_kind_provision): decided in the quarter, unless
			// the figure is about the allocation's first or last day.
			allocations("Toewijzingen jeugdhulp met verblijf", "decided_on", "residential"),
			allocations("Toewijzingen jeugdhulp zonder verblijf", "decided_on", "not residential"),
			allocations("Toewijzingen aan aanbieders binnen de regio", "decided_on", "in_region"),
			allocations("Toewijzingen aan aanbieders buiten de regio", "decided_on", "not in_region"),
			allocations("Gezinsgerichte plaatsing (pleegzorg, gezinshuis)", "decided_on", "family_based"),
			allocations("Toewijzingen aan aanbieders die overbruggingszorg bieden", "decided_on", "bridging_care"),
			allocations("Verlengingen", "decided_on", "extension"),
			allocations("Start bij de aanbieder (begindatum van de toewijzing)", "valid_from", "true"),
			allocations("Einde bij de aanbieder (einddatum van de toewijzing)", "valid_until", "true"),
			// MON-5 outflow: an allocation whose last day has passed in the quarter and that no later allocation of the
			// same young person continues (monitoring_allocation_continuation); only days before today count.
			new Measure("Uitstroom: toewijzing afgelopen zonder aansluitende toewijzing", """
					select count(*), coalesce(sum(%s), 0) from monitoring_in_kind_provision p
					where municipality_code = ? and valid_until between ? and ?
					  and not exists (select 1 from monitoring_allocation_continuation c
					      where c.municipality_code = p.municipality_code and c.allocation_number = p.allocation_number)""",
					RecordKeys.ALLOCATION, true),
			// MON-5 18+: decided in the quarter for a young person of 18 or older on the first day, or one who turns 18
			// during the allocation (the 18-/18+ transition).
			allocations("Toewijzingen aan jongeren van 18 jaar of ouder", "decided_on", "adulthood = 'ADULT_AT_START'"),
			allocations("Toewijzingen die doorlopen na de 18e verjaardag", "decided_on", "adulthood = 'TURNS_18_DURING'"),
			// MON-6 heavy → light: an extension within the CJG's scope that moved to the CJG (TOEW-8).
			new Measure("Van zwaar naar licht: verlenging overgedragen aan het CJG", """
					select count(*), coalesce(sum(%s), 0) from monitoring_cjg_transfer
					where municipality_code = ? and decided_on between ? and ?""", RecordKeys.CJG_TRANSFER),
			// MON-5 start and end of care as providers reported them (accepted JW305/JW307, monitoring_care_delivery):
			// each allocation counted once per figure, however many starts or stops it had in the quarter.
			care("Zorg gestart volgens de aanbieder (startbericht)", "started_on", "true"),
			care("Zorg volgens plan beëindigd (stopbericht, reden 31)", "ended_on", "not temporary and end_reason = '31'"),
			care("Zorg voortijdig beëindigd (stopbericht, redenen 32 tot en met 35)", "ended_on",
					"not temporary and end_reason in ('32', '33', '34', '35')"),
			care("Zorg tijdelijk onderbroken (stopbericht, reden 20)", "ended_on", "temporary"),
			// MON-5 aftercare (ADR 0058): the decision recorded on the allocation (monitoring_aftercare), counted by the
			// quarter of the allocation's last day; without a decision: outflow (ended, no continuing allocation) whose
			// last day has passed and that has none.
			aftercare("Nazorg door het CJG", "CJG"),
			aftercare("Nazorg door een andere partij", "OTHER_PARTY"),
			aftercare("Geen nazorg nodig", "NONE"),
			new Measure("Beëindigde zorg zonder vastgelegd besluit over nazorg", """
					select count(*), coalesce(sum(%s), 0) from monitoring_in_kind_provision p
					where municipality_code = ? and valid_until between ? and ?
					  and not exists (select 1 from monitoring_allocation_continuation c
					      where c.municipality_code = p.municipality_code and c.allocation_number = p.allocation_number)
					  and not exists (select 1 from monitoring_aftercare a
					      where a.municipality_code = p.municipality_code and a.allocation_number = p.allocation_number)""",
					RecordKeys.ALLOCATION, true));

	/** MON-5: allocations whose last day falls in the quarter and whose aftercare decision is {@code kind}. */
	private static Measure aftercare(String name, String kind) {
		return new Measure(name, """
				select count(*), coalesce(sum(%s), 0) from monitoring_in_kind_provision p
				where municipality_code = ? and valid_until between ? and ?
				  and exists (select 1 from monitoring_aftercare a where a.municipality_code = p.municipality_code
				      and a.allocation_number = p.allocation_number and a.kind = '""" + kind + "')", RecordKeys.ALLOCATION);
	}

	/** A count of allocations with a reported start or stop whose {@code day} falls in the quarter and meets {@code condition}. */
	private static Measure care(String name, String day, String condition) {
		return new Measure(name, """
				select count(*), coalesce(sum(%s), 0) from (select distinct municipality_code, allocation_number
				    from monitoring_care_delivery where municipality_code = ?""" + " and " + day + " between ? and ? and "
				+ condition + ") reported", RecordKeys.ALLOCATION);
	}

	/** A count of allocations whose {@code day} falls in the quarter and that meet {@code condition}. */
	private static Measure allocations(String name, String day, String condition) {
		return new Measure(name, """
				select count(*), coalesce(sum(%s), 0) from monitoring_in_kind_provision
				where municipality_code = ?""" + " and " + day + " between ? and ? and " + condition, RecordKeys.ALLOCATION);
	}

	private final JdbcClient jdbc;
	private final Disclosure disclosure;
	private final Clock clock;

	TransformationFigures(JdbcClient jdbc, Disclosure disclosure, Clock clock) {
		this.jdbc = jdbc;
		this.disclosure = disclosure;
		this.clock = clock;
	}

	List<ReportDocument.Section> sections(MunicipalityCode municipality, int year) {
		var headers = List.of("Gegeven", "1e kwartaal", "2e kwartaal", "3e kwartaal", "4e kwartaal", "Jaar");
		var rows = new ArrayList<List<Cell>>();
		var yesterday = LocalDate.now(clock).minusDays(1);
		for (var measure : AVAILABLE) {
			var perQuarter = new ArrayList<Tally>();
			for (var quarter = 1; quarter <= 4; quarter++) {
				var period = ReportPeriod.quarter(year, quarter);
				var to = measure.pastDaysOnly() && yesterday.isBefore(period.to()) ? yesterday : period.to();
				perQuarter.add(jdbc.sql(measure.sql().formatted(measure.key()))
						.params(municipality.value(), period.from(), to)
						.query((rs, n) -> new Tally(rs.getLong(1), rs.getLong(2))).single());
			}
			var row = new ArrayList<Cell>();
			row.add(Cell.text(measure.name()));
			row.addAll(Cells.partsAndTotal(disclosure, perQuarter));
			rows.add(row);
		}
		return List.of(
				ReportDocument.Section.table("beschikbaar", "Wat we nu al zien",
						"Uit de registratie van hulpvragen bij het CJG, de gezinsplannen en de toewijzingen. Licht of zwaar "
								+ "volgt uit de eindreden van de hulpvraag bij het CJG; afschalen en uitstroom uit het "
								+ "antwoord bij afsluiten van het plan; verblijf, regio, gezinsgericht, overbrugging, "
								+ "verlenging, start en einde uit de toewijzingen (in natura en pgb); de werkelijke start en het einde van de zorg uit de "
								+ "start- en stopberichten van aanbieders. Uitstroom: de laatste dag "
								+ "van de toewijzing is voorbij en er is geen toewijzing die er zonder onderbreking op volgt. "
								+ "18 jaar of ouder: op de eerste dag van de toewijzing; doorlopen na de 18e verjaardag: "
								+ "jonger dan 18 op de eerste dag en 18 op de laatste. Van zwaar naar licht: een verlenging "
								+ "die naar het CJG ging in plaats van naar een aanbieder. Nazorg: het besluit dat het CJG na "
								+ "afloop van de zorg bij de toewijzing vastlegt, geteld in het kwartaal van de laatste dag van "
								+ "de toewijzing; zonder besluit: uitstroom waarvan de laatste dag voorbij is en waarbij nog "
								+ "niets over nazorg is vastgelegd.", headers, rows));
	}

	boolean any(MunicipalityCode municipality, int year) {
		var period = ReportPeriod.year(year);
		return jdbc.sql("""
				select exists (select 1 from monitoring_outcome_registration where municipality_code = ? and registered_on between ? and ?)
				    or exists (select 1 from monitoring_outcome_closure where municipality_code = ? and closed_on between ? and ?)
				    or exists (select 1 from monitoring_outcome_plan_evaluation where municipality_code = ? and evaluated_on between ? and ?)
				    or exists (select 1 from monitoring_in_kind_provision where municipality_code = ?
				        and (decided_on between ? and ? or valid_until between ? and ?))
				    or exists (select 1 from monitoring_cjg_transfer where municipality_code = ? and decided_on between ? and ?)
				    or exists (select 1 from monitoring_care_delivery where municipality_code = ? and started_on between ? and ?)""")
				.params(municipality.value(), period.from(), period.to(), municipality.value(), period.from(), period.to(),
						municipality.value(), period.from(), period.to(), municipality.value(), period.from(), period.to(),
						period.from(), period.to(), municipality.value(), period.from(), period.to(), municipality.value(),
						period.from(), period.to())
				.query(Boolean.class).single();
	}
}
