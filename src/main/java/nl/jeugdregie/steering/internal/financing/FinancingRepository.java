package nl.jeugdregie.steering.internal.financing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.steering.internal.assignment.TargetGroup;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Changing and removing financing lines, and the provider's half-yearly actuals per line (STU-4, STU-7). */
@Repository
public class FinancingRepository {

	private final JdbcClient jdbc;

	FinancingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A financing line with the assignment it belongs to and its version, for an optimistic change. */
	record LineOf(FinancingLine line, long assignmentId, int version) {}

	Optional<LineOf> line(long assignmentId, long lineId) {
		return jdbc.sql("""
				select id, type_of_work_id, position, label, fte, amount_cents, category, target_group, proeftuin,
				       assignment_id, version
				from steering_financing_line where id = ? and assignment_id = ?""")
				.params(lineId, assignmentId)
				.query((rs, row) -> {
					var type = rs.getLong("type_of_work_id");
					Long typeId = rs.wasNull() ? null : type;
					var group = rs.getString("target_group");
					return new LineOf(new FinancingLine(rs.getLong("id"), typeId, rs.getInt("position"), rs.getString("label"),
							rs.getBigDecimal("fte"), rs.getLong("amount_cents"), FinancingCategory.valueOf(rs.getString("category")),
							group == null ? null : TargetGroup.valueOf(group), rs.getBoolean("proeftuin")),
							rs.getLong("assignment_id"), rs.getInt("version"));
				})
				.optional();
	}

	/** The memo's documented rounding difference allowed on top of the cap (ADR 0014). */
	long statedRoundingDifference(long assignmentId) {
		return jdbc.sql("select stated_rounding_difference_cents from steering_assignment where id = ?")
				.param(assignmentId).query(Long.class).single();
	}

	/** @return whether the line still had the version read */
	boolean update(long lineId, int version, String label, @Nullable BigDecimal fte, long cents,
			FinancingCategory category, String by, Instant at) {
		return jdbc.sql("""
				update steering_financing_line set label = ?, fte = ?, amount_cents = ?, category = ?, version = version + 1,
				       changed_by = ?, changed_at = ?
				where id = ? and version = ?""")
				.params(label, fte, cents, category.name(), by, utc(at), lineId, version).update() == 1;
	}

	boolean hasActuals(long lineId) {
		return jdbc.sql("select count(*) from steering_actual where financing_line_id = ?").param(lineId)
				.query(Long.class).single() > 0;
	}

	boolean remove(long lineId, int version) {
		return jdbc.sql("delete from steering_financing_line where id = ? and version = ?").params(lineId, version)
				.update() == 1;
	}

	public void saveActual(long lineId, LocalDate halfYearStart, long cents, @Nullable String explanation,
			@Nullable Integer planned, @Nullable Integer performed, String by, Instant at) {
		jdbc.sql("""
				insert into steering_actual (financing_line_id, half_year_start, amount_cents, explanation, planned_activities,
				                             performed_activities, delivered_by, delivered_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (financing_line_id, half_year_start) do update set amount_cents = excluded.amount_cents,
				    explanation = excluded.explanation, planned_activities = excluded.planned_activities,
				    performed_activities = excluded.performed_activities, delivered_by = excluded.delivered_by,
				    delivered_at = excluded.delivered_at""")
				.params(lineId, halfYearStart, cents, explanation, planned, performed, by, utc(at)).update();
	}

	/** An actual as delivered. */
	record Actual(long lineId, LocalDate halfYearStart, long cents, @Nullable String explanation,
			@Nullable Integer planned, @Nullable Integer performed, String deliveredBy, Instant deliveredAt) {}

	List<Actual> actuals(long assignmentId, LocalDate halfYearStart) {
		return jdbc.sql("""
				select a.financing_line_id, a.half_year_start, a.amount_cents, a.explanation, a.planned_activities,
				       a.performed_activities, a.delivered_by, a.delivered_at
				from steering_actual a join steering_financing_line l on l.id = a.financing_line_id
				where l.assignment_id = ? and a.half_year_start = ? order by l.position""")
				.params(assignmentId, halfYearStart)
				.query((rs, row) -> {
					var planned = rs.getInt("planned_activities");
					Integer plannedOrNull = rs.wasNull() ? null : planned;
					var performed = rs.getInt("performed_activities");
					Integer performedOrNull = rs.wasNull() ? null : performed;
					return new Actual(rs.getLong("financing_line_id"), rs.getObject("half_year_start", LocalDate.class),
							rs.getLong("amount_cents"), rs.getString("explanation"), plannedOrNull, performedOrNull,
							rs.getString("delivered_by"), rs.getObject("delivered_at", OffsetDateTime.class).toInstant());
				})
				.list();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
