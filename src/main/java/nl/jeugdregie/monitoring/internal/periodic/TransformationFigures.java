package nl.jeugdregie.monitoring.internal.periodic;

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
 * Transformation trends and "data with meaning" (MON-5, MON-6) per quarter of a year: what intake and plans
 * already record, and, clearly marked, what only the allocation module will be able to feed. Nothing is
 * estimated or invented.
 */
@Component
class TransformationFigures {

	/**
	 * A figure counted per quarter from one query with the municipality and the quarter's first and last day, giving
	 * the count and the key sum of its records ({@code %s} is the record key, SEC-2).
	 */
	private record Measure(String name, String sql, String key) {

		Measure(String name, String sql) {
			this(name, sql, sql.contains("plan_evaluation") ? RecordKeys.PLAN_EVALUATION : RecordKeys.HELP_REQUEST);
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
					  and continuation = 'CONTINUES_WITHOUT_HELP'"""));

	/** What the documents ask for but no module records yet (MON-5, MON-6). */
	static final List<String> NOT_YET_AVAILABLE = List.of(
			"Jeugdhulp met verblijf en zonder verblijf",
			"Jeugdhulp binnen en buiten de regio",
			"Gezinsgerichte plaatsing (pleegzorg, gezinshuis)",
			"Inzet van overbruggingszorg",
			"Start- en einddatum van de jeugdhulp bij de aanbieder",
			"Nazorg na specialistische jeugdhulp");

	private final JdbcClient jdbc;
	private final Disclosure disclosure;

	TransformationFigures(JdbcClient jdbc, Disclosure disclosure) {
		this.jdbc = jdbc;
		this.disclosure = disclosure;
	}

	List<ReportDocument.Section> sections(MunicipalityCode municipality, int year) {
		var headers = List.of("Gegeven", "1e kwartaal", "2e kwartaal", "3e kwartaal", "4e kwartaal", "Jaar");
		var rows = new ArrayList<List<Cell>>();
		for (var measure : AVAILABLE) {
			var perQuarter = new ArrayList<Tally>();
			for (var quarter = 1; quarter <= 4; quarter++) {
				var period = ReportPeriod.quarter(year, quarter);
				perQuarter.add(jdbc.sql(measure.sql().formatted(measure.key()))
						.params(municipality.value(), period.from(), period.to())
						.query((rs, n) -> new Tally(rs.getLong(1), rs.getLong(2))).single());
			}
			var row = new ArrayList<Cell>();
			row.add(Cell.text(measure.name()));
			row.addAll(Cells.partsAndTotal(disclosure, perQuarter));
			rows.add(row);
		}
		var missing = NOT_YET_AVAILABLE.stream()
				.map(name -> List.of(Cell.text(name), Cell.text(Cells.NOT_YET)))
				.toList();
		return List.of(
				ReportDocument.Section.table("beschikbaar", "Wat we nu al zien",
						"Uit de registratie van hulpvragen bij het CJG en de gezinsplannen. Licht of zwaar volgt uit de "
								+ "eindreden van de hulpvraag bij het CJG; afschalen en uitstroom uit het antwoord bij "
								+ "afsluiten van het plan.", headers, rows),
				ReportDocument.Section.table("nog-niet", "Nog geen gegevens",
						"Deze gegevens vragen om de toewijzing van jeugdhulp aan aanbieders. Die module bestaat nog niet; "
								+ "we tonen hier geen schattingen.", List.of("Gegeven", "Stand"), missing));
	}

	boolean any(MunicipalityCode municipality, int year) {
		var period = ReportPeriod.year(year);
		return jdbc.sql("""
				select exists (select 1 from monitoring_outcome_registration where municipality_code = ? and registered_on between ? and ?)
				    or exists (select 1 from monitoring_outcome_closure where municipality_code = ? and closed_on between ? and ?)
				    or exists (select 1 from monitoring_outcome_plan_evaluation where municipality_code = ? and evaluated_on between ? and ?)""")
				.params(municipality.value(), period.from(), period.to(), municipality.value(), period.from(), period.to(),
						municipality.value(), period.from(), period.to())
				.query(Boolean.class).single();
	}
}
