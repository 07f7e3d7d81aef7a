package nl.jeugdregie.monitoring.internal.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.intake.UsefulnessScored;
import nl.jeugdregie.monitoring.internal.disclosure.Disclosure;
import nl.jeugdregie.monitoring.internal.disclosure.RecordKeys;
import nl.jeugdregie.monitoring.internal.disclosure.Tally;
import nl.jeugdregie.plans.ContinuationOutcome;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the CBS outcome indicators (MON-3) of a municipality and period from monitoring's own read models.
 * Each fact counts by its own date (closure, score, evaluation, end of the follow-up window), so an ended
 * period always gives the same figures. Definitions: docs/indicators.md.
 */
@Service
public class OutcomeIndicatorsService {

	private final JdbcClient jdbc;
	private final Norms norms;
	private final Teams teams;
	private final Clock clock;
	private final Disclosure disclosure;

	OutcomeIndicatorsService(JdbcClient jdbc, Norms norms, Teams teams, Clock clock, Disclosure disclosure) {
		this.jdbc = jdbc;
		this.norms = norms;
		this.teams = teams;
		this.clock = clock;
		this.disclosure = disclosure;
	}

	@Transactional(readOnly = true)
	public OutcomeIndicators indicators(MunicipalityCode municipality, ReportPeriod period) {
		var ends = ends(municipality, period);
		var satisfiedFrom = norms.inEffect(municipality, NormKey.SATISFIED_FROM_SCORE, period.to()).amount();
		var followUpMonths = norms.inEffect(municipality, NormKey.OUTCOME_FOLLOW_UP_PERIOD, period.to()).amount();
		var continuation = continuation(municipality, period);
		var cohortFrom = cohortStart(period.from(), followUpMonths);
		var cohortTo = cohortEnd(period.to(), followUpMonths);
		var goals = goals(municipality, period);
		var scores = jdbc.sql("""
				select respondent, score, """ + RecordKeys.USEFULNESS_SCORE + """
				from monitoring_outcome_usefulness
				where municipality_code = ? and scored_on between ? and ?""")
				.params(municipality.value(), period.from(), period.to())
				.query((rs, n) -> new OutcomeCalculations.Score(UsefulnessScored.Respondent.valueOf(rs.getString(1)),
						rs.getInt(2), rs.getLong(3)))
				.list();
		return new OutcomeIndicators(municipalityName(municipality), period, period.runningOn(LocalDate.now(clock)),
				OutcomeCalculations.endReasons(ends, disclosure), OutcomeCalculations.dropOut(ends, disclosure),
				OutcomeCalculations.satisfaction(scores, satisfiedFrom, disclosure),
				OutcomeCalculations.continuation(continuation, disclosure),
				OutcomeCalculations.continuesWithoutHelp(continuation, disclosure),
				noNewStart(municipality, cohortFrom, cohortTo, followUpMonths), followUpMonths, cohortFrom, cohortTo,
				Share.of(goals[1], goals[0], disclosure), Share.of(goals[2], goals[0], disclosure));
	}

	public String municipalityName(MunicipalityCode municipality) {
		return teams.municipality(municipality).map(m -> m.name()).orElse(municipality.value());
	}

	/** The first closure day whose follow-up window ends on or after {@code from}. */
	static LocalDate cohortStart(LocalDate from, int months) {
		var candidate = from.minusMonths(months);
		// Month ends clamp (31 August + 6 months = 28 February): step back while an earlier day still qualifies.
		while (!candidate.minusDays(1).plusMonths(months).isBefore(from)) {
			candidate = candidate.minusDays(1);
		}
		while (candidate.plusMonths(months).isBefore(from)) {
			candidate = candidate.plusDays(1);
		}
		return candidate;
	}

	/** The last closure day whose follow-up window ends on or before {@code to}. */
	static LocalDate cohortEnd(LocalDate to, int months) {
		var candidate = to.minusMonths(months);
		while (!candidate.plusDays(1).plusMonths(months).isAfter(to)) {
			candidate = candidate.plusDays(1);
		}
		return candidate;
	}

	private Map<EndReasonCategory, Tally> ends(MunicipalityCode municipality, ReportPeriod period) {
		var ends = new EnumMap<EndReasonCategory, Tally>(EndReasonCategory.class);
		jdbc.sql("""
				select reason, count(*), sum(monitoring_record_key(help_request_id::text)) from monitoring_outcome_closure
				where municipality_code = ? and closed_on between ? and ? group by reason""")
				.params(municipality.value(), period.from(), period.to())
				.query((rs, n) -> Map.entry(EndReasonCategory.ofName(rs.getString(1)),
						new Tally(rs.getLong(2), rs.getLong(3))))
				.list()
				.forEach(e -> ends.merge(e.getKey(), e.getValue(), Tally::plus));
		return ends;
	}

	private Map<ContinuationOutcome, Tally> continuation(MunicipalityCode municipality, ReportPeriod period) {
		var outcomes = new EnumMap<ContinuationOutcome, Tally>(ContinuationOutcome.class);
		jdbc.sql("""
				select continuation, count(*), sum(%s) from monitoring_outcome_plan_evaluation
				where municipality_code = ? and evaluated_on between ? and ? and moment in ('CLOSURE', 'HANDOVER')
				  and continuation is not null
				group by continuation""".formatted(RecordKeys.PLAN_EVALUATION))
				.params(municipality.value(), period.from(), period.to())
				.query((rs, n) -> Map.entry(ContinuationOutcome.valueOf(rs.getString(1)),
						new Tally(rs.getLong(2), rs.getLong(3))))
				.list()
				.forEach(e -> outcomes.put(e.getKey(), e.getValue()));
		return outcomes;
	}

	/**
	 * Agreed, realised and improved goals summed over the closure and handover evaluations in the period, each with
	 * the record keys of the evaluations that hold such goals (SEC-2).
	 */
	private Tally[] goals(MunicipalityCode municipality, ReportPeriod period) {
		return jdbc.sql("""
				select coalesce(sum(goals_agreed), 0), coalesce(sum(%1$s) filter (where goals_agreed > 0), 0),
				       coalesce(sum(goals_realised), 0), coalesce(sum(%1$s) filter (where goals_realised > 0), 0),
				       coalesce(sum(goals_improved), 0), coalesce(sum(%1$s) filter (where goals_improved > 0), 0)
				from monitoring_outcome_plan_evaluation
				where municipality_code = ? and evaluated_on between ? and ? and moment in ('CLOSURE', 'HANDOVER')"""
				.formatted(RecordKeys.PLAN_EVALUATION))
				.params(municipality.value(), period.from(), period.to())
				.query((rs, n) -> new Tally[] { new Tally(rs.getLong(1), rs.getLong(2)),
						new Tally(rs.getLong(3), rs.getLong(4)), new Tally(rs.getLong(5), rs.getLong(6)) })
				.single();
	}

	/**
	 * Requests closed in the cohort (their follow-up window ends in the period), except those that moved away,
	 * and how many of them had a new request of the same young person within the window.
	 */
	private Share noNewStart(MunicipalityCode municipality, LocalDate cohortFrom, LocalDate cohortTo, int months) {
		return jdbc.sql("""
				select count(*), coalesce(sum(monitoring_record_key(c.help_request_id::text)), 0),
				       count(*) filter (where x.restarted),
				       coalesce(sum(monitoring_record_key(c.help_request_id::text)) filter (where x.restarted), 0)
				from monitoring_outcome_closure c
				cross join lateral (select exists (
				    select 1 from monitoring_outcome_registration r
				    where r.earlier_request_id = c.help_request_id and r.registered_on >= c.closed_on
				      and r.registered_on <= c.closed_on + make_interval(months => ?)) restarted) x
				where c.municipality_code = ? and c.closed_on between ? and ? and c.reason <> 'MOVED_AWAY'""")
				.params(months, municipality.value(), cohortFrom, cohortTo)
				.query((rs, n) -> OutcomeCalculations.noNewStart(new Tally(rs.getLong(1), rs.getLong(2)),
						new Tally(rs.getLong(3), rs.getLong(4)), disclosure))
				.single();
	}
}
