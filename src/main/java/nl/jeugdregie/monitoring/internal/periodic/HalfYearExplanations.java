package nl.jeugdregie.monitoring.internal.periodic;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.result.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Stores the half-yearly explanations per municipality and half year, with optimistic locking (MON-2). */
@Repository
class HalfYearExplanations {

	private final JdbcClient jdbc;

	HalfYearExplanations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<HalfYearExplanation> find(MunicipalityCode municipality, String halfYear) {
		return jdbc.sql("""
				select developments, bottlenecks, recommendations, written_by, written_at, version
				from monitoring_half_year_explanation where municipality_code = ? and half_year = ?""")
				.params(municipality.value(), halfYear)
				.query((rs, n) -> new HalfYearExplanation(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getInt(6)))
				.optional();
	}

	/**
	 * Saves an explanation: done with what is stored, refused fields, or stale when someone else saved in between.
	 *
	 * @param expectedVersion the version the writer saw, or null for a first explanation
	 */
	@Transactional
	Outcome<HalfYearExplanation> save(MunicipalityCode municipality, String halfYear, @Nullable String developments,
			@Nullable String bottlenecks, @Nullable String recommendations, @Nullable Integer expectedVersion,
			String writtenBy, Instant writtenAt) {
		var refusals = ExplanationPolicy.check(developments, bottlenecks, recommendations);
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var texts = new String[] { strip(developments), strip(bottlenecks), strip(recommendations) };
		var updated = expectedVersion == null
				? jdbc.sql("""
						insert into monitoring_half_year_explanation (municipality_code, half_year, developments, bottlenecks,
						    recommendations, written_by, written_at, version)
						values (?, ?, ?, ?, ?, ?, ?, 1) on conflict (municipality_code, half_year) do nothing""")
						.params(municipality.value(), halfYear, texts[0], texts[1], texts[2], writtenBy,
								Timestamp.from(writtenAt))
						.update()
				: jdbc.sql("""
						update monitoring_half_year_explanation set developments = ?, bottlenecks = ?, recommendations = ?,
						    written_by = ?, written_at = ?, version = version + 1
						where municipality_code = ? and half_year = ? and version = ?""")
						.params(texts[0], texts[1], texts[2], writtenBy, Timestamp.from(writtenAt), municipality.value(),
								halfYear, expectedVersion)
						.update();
		if (updated == 0) {
			return Outcome.stale(find(municipality, halfYear).map(HalfYearExplanation::version).orElse(0));
		}
		return Outcome.done(find(municipality, halfYear).orElseThrow());
	}

	private static String strip(@Nullable String text) {
		return text == null ? "" : text.strip();
	}
}
