package nl.jeugdregie.steering.internal.norms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.plans.ExitRoute;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import nl.jeugdregie.steering.internal.period.ReportingPeriod;

/**
 * Computes a norm's figure from steering's read model of adult social work (BEY-3). Empty when the period holds no
 * case data, so the provider's delivered figure is used instead.
 */
@Component
class CaseDataFigures {

	private final JdbcClient jdbc;

	CaseDataFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A percentage with the counts behind it. */
	record Measured(BigDecimal percentage, long numerator, long denominator) {}

	Optional<Measured> measure(Norm norm, String municipality, ReportingPeriod period, LocalDate today) {
		return switch (norm.measure()) {
			case FIRST_CONVERSATION_WITHIN_TERM -> firstConversations(municipality, period, today,
					java.util.Objects.requireNonNull(norm.termWeeks()));
			case WMO_REFERRALS_AFTER_CLOSURE -> wmoReferrals(municipality, period);
			case PROVIDER_FIGURES, INDIVIDUAL_WORK_BUDGET_SHARE -> Optional.empty();
		};
	}

	/**
	 * Adults registered in the period whose first conversation was held, or whose term has passed without one; of
	 * those, the ones with their first conversation within the term. A registration still within its term without a
	 * conversation is not yet counted either way.
	 */
	private Optional<Measured> firstConversations(String municipality, ReportingPeriod period, LocalDate today,
			int termWeeks) {
		var counts = jdbc.sql("""
				select count(*) filter (where first_conversation <= registered_on + make_interval(weeks => :term)) as within,
				       count(*) as counted
				from steering_social_work_trajectory
				where municipality_code = :municipality and registered_on between :start and :end
				  and (first_conversation is not null or registered_on + make_interval(weeks => :term) < :today)""")
				.param("term", termWeeks).param("municipality", municipality).param("start", period.start())
				.param("end", period.end()).param("today", today)
				.query((rs, row) -> new long[] { rs.getLong("within"), rs.getLong("counted") }).single();
		return measured(counts[0], counts[1]);
	}

	/** Trajectories closed in the period; of those, the ones closed with a Wmo tailored provision as exit route. */
	private Optional<Measured> wmoReferrals(String municipality, ReportingPeriod period) {
		var counts = jdbc.sql("""
				select count(*) filter (where exit_route = :wmo) as referred, count(*) as closed
				from steering_social_work_trajectory
				where municipality_code = :municipality and closed_on between :start and :end""")
				.param("wmo", ExitRoute.WMO_TAILORED_PROVISION.name()).param("municipality", municipality)
				.param("start", period.start()).param("end", period.end())
				.query((rs, row) -> new long[] { rs.getLong("referred"), rs.getLong("closed") }).single();
		return measured(counts[0], counts[1]);
	}

	private static Optional<Measured> measured(long numerator, long denominator) {
		return denominator == 0 ? Optional.empty()
				: Optional.of(new Measured(Figures.percentage(numerator, denominator), numerator, denominator));
	}
}
