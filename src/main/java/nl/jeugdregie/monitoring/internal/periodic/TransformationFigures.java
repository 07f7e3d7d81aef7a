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
import nl.jeugdregie.platform.text.Labels;
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
			new Measure(Labels.text("text.monitoring.transformation.registrations"), """
					select count(*), coalesce(sum(%s), 0) from monitoring_outcome_registration
					where municipality_code = ? and registered_on between ? and ?"""),
			new Measure(Labels.text("text.monitoring.transformation.registrationsAdult"), """
					select count(*), coalesce(sum(%s), 0) from monitoring_outcome_registration
					where municipality_code = ? and registered_on between ? and ? and age_at_registration >= 18"""),
			new Measure(Labels.text("text.monitoring.transformation.started"), """
					select count(*), coalesce(sum(%s), 0) from monitoring_treatment_wait
					where municipality_code = ? and started_on between ? and ?"""),
			new Measure(Labels.text("text.monitoring.transformation.closed"), """
					select count(*), coalesce(sum(%s), 0) from monitoring_outcome_closure
					where municipality_code = ? and closed_on between ? and ?"""),
			new Measure(Labels.text("text.monitoring.transformation.lightHelp"), """
					select count(*), coalesce(sum(%s), 0) from monitoring_outcome_closure
					where municipality_code = ? and closed_on between ? and ?
					  and reason in ('SOLVED_BY_CJG', 'HANDED_TO_SOCIAL_TEAM', 'REFERRED_TO_PRECEDING_FIELD')"""),
			new Measure(Labels.text("text.monitoring.transformation.heavierHelp"), """
					select count(*), coalesce(sum(%s), 0) from monitoring_outcome_closure
					where municipality_code = ? and closed_on between ? and ? and reason = 'SPECIALISED_CARE_STARTED'"""),
			new Measure(Labels.text("text.monitoring.transformation.scaledDown"), """
					select count(*), coalesce(sum(%s), 0) from monitoring_outcome_plan_evaluation
					where municipality_code = ? and evaluated_on between ? and ? and moment in ('CLOSURE', 'HANDOVER')
					  and continuation = 'LIGHTER_HELP_SUFFICES'"""),
			new Measure(Labels.text("text.monitoring.transformation.outflowPlan"), """
					select count(*), coalesce(sum(%s), 0) from monitoring_outcome_plan_evaluation
					where municipality_code = ? and evaluated_on between ? and ? and moment in ('CLOSURE', 'HANDOVER')
					  and continuation = 'CONTINUES_WITHOUT_HELP'"""),
			// MON-5, MON-6 from allocation's events (monitoring_in_kind_provision): decided in the quarter, unless
			// the figure is about the allocation's first or last day.
			allocations(Labels.text("text.monitoring.transformation.residential"), "decided_on", "residential"),
			allocations(Labels.text("text.monitoring.transformation.notResidential"), "decided_on", "not residential"),
			allocations(Labels.text("text.monitoring.transformation.inRegion"), "decided_on", "in_region"),
			allocations(Labels.text("text.monitoring.transformation.outsideRegion"), "decided_on", "not in_region"),
			allocations(Labels.text("text.monitoring.transformation.familyBased"), "decided_on", "family_based"),
			allocations(Labels.text("text.monitoring.transformation.bridgingCare"), "decided_on", "bridging_care"),
			allocations(Labels.text("text.monitoring.transformation.extensions"), "decided_on", "extension"),
			allocations(Labels.text("text.monitoring.transformation.providerStart"), "valid_from", "true"),
			allocations(Labels.text("text.monitoring.transformation.providerEnd"), "valid_until", "true"),
			// MON-5 outflow: an allocation whose last day has passed in the quarter and that no later allocation of the
			// same young person continues (monitoring_allocation_continuation); only days before today count.
			new Measure(Labels.text("text.monitoring.transformation.outflowAllocation"), """
					select count(*), coalesce(sum(%s), 0) from monitoring_in_kind_provision p
					where municipality_code = ? and valid_until between ? and ?
					  and not exists (select 1 from monitoring_allocation_continuation c
					      where c.municipality_code = p.municipality_code and c.allocation_number = p.allocation_number)""",
					RecordKeys.ALLOCATION, true),
			// MON-5 18+: decided in the quarter for a young person of 18 or older on the first day, or one who turns 18
			// during the allocation (the 18-/18+ transition).
			allocations(Labels.text("text.monitoring.transformation.allocationsAdult"), "decided_on", "adulthood = 'ADULT_AT_START'"),
			allocations(Labels.text("text.monitoring.transformation.allocationsTurning18"), "decided_on", "adulthood = 'TURNS_18_DURING'"),
			// MON-6 heavy → light: an extension within the CJG's scope that moved to the CJG (TOEW-8).
			new Measure(Labels.text("text.monitoring.transformation.heavyToLight"), """
					select count(*), coalesce(sum(%s), 0) from monitoring_cjg_transfer
					where municipality_code = ? and decided_on between ? and ?""", RecordKeys.CJG_TRANSFER),
			// MON-5 start and end of care as providers reported them (accepted JW305/JW307, monitoring_care_delivery):
			// each allocation counted once per figure, however many starts or stops it had in the quarter.
			care(Labels.text("text.monitoring.transformation.careStarted"), "started_on", "true"),
			care(Labels.text("text.monitoring.transformation.careEndedAsPlanned"), "ended_on", "not temporary and end_reason = '31'"),
			care(Labels.text("text.monitoring.transformation.careEndedEarly"), "ended_on",
					"not temporary and end_reason in ('32', '33', '34', '35')"),
			care(Labels.text("text.monitoring.transformation.careInterrupted"), "ended_on", "temporary"),
			// MON-5 aftercare (ADR 0058): the decision recorded on the allocation (monitoring_aftercare), counted by the
			// quarter of the allocation's last day; without a decision: outflow (ended, no continuing allocation) whose
			// last day has passed and that has none.
			aftercare(Labels.text("text.monitoring.transformation.aftercareCjg"), "CJG"),
			aftercare(Labels.text("text.monitoring.transformation.aftercareOtherParty"), "OTHER_PARTY"),
			aftercare(Labels.text("text.monitoring.transformation.aftercareNone"), "NONE"),
			new Measure(Labels.text("text.monitoring.transformation.aftercareUndecided"), """
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
		var headers = List.of(Labels.text("text.monitoring.transformation.header.figure"), Labels.text("text.monitoring.transformation.header.quarter1"), Labels.text("text.monitoring.transformation.header.quarter2"), Labels.text("text.monitoring.transformation.header.quarter3"), Labels.text("text.monitoring.transformation.header.quarter4"), Labels.text("text.monitoring.transformation.header.year"));
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
				ReportDocument.Section.table("beschikbaar", Labels.text("text.monitoring.transformation.available.title"),
						Labels.text("text.monitoring.transformation.available.introduction"), headers, rows));
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
