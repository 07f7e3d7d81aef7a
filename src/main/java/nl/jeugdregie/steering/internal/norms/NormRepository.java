package nl.jeugdregie.steering.internal.norms;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import nl.jeugdregie.steering.internal.period.NormPeriod;

/** Norms, the provider's delivered figures, evidence, cause analyses and closed quarters (STU-5). */
@Repository
public class NormRepository {

	private static final String NORM_COLUMNS = """
			n.id, n.assignment_id, n.core_condition_id, t.id as type_id, t.name as type_name, n.code, n.description,
			n.kind, n.target, n.deadline, n.period, n.effective_from, n.measure, n.term_weeks
			from steering_norm n join steering_core_condition c on c.id = n.core_condition_id
			     join steering_type_of_work t on t.id = c.type_of_work_id""";
	private static final String FIGURE_COLUMNS = """
			f.id, f.norm_id, f.period_start, f.period_end, f.value, f.completed_on, f.evidence_id, e.file_name,
			f.delivered_by, f.delivered_at
			from steering_norm_figure f left join steering_evidence e on e.id = f.evidence_id""";

	private final JdbcClient jdbc;

	NormRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Norm> norms(long assignmentId) {
		return jdbc.sql("select " + NORM_COLUMNS + " where n.assignment_id = ? order by t.position, n.code")
				.param(assignmentId).query(NormRepository::norm).list();
	}

	Optional<Norm> norm(long id) {
		return jdbc.sql("select " + NORM_COLUMNS + " where n.id = ?").param(id).query(NormRepository::norm).optional();
	}

	Optional<Long> coreConditionTypeOfWork(long assignmentId, long coreConditionId) {
		return jdbc.sql("""
				select c.type_of_work_id from steering_core_condition c join steering_type_of_work t on t.id = c.type_of_work_id
				where c.id = ? and t.assignment_id = ?""").params(coreConditionId, assignmentId).query(Long.class).optional();
	}

	boolean codeTaken(long assignmentId, String code) {
		return jdbc.sql("select count(*) from steering_norm where assignment_id = ? and code = ?")
				.params(assignmentId, code).query(Long.class).single() > 0;
	}

	long addNorm(long assignmentId, long coreConditionId, String code, String description, NormKind kind,
			@Nullable BigDecimal target, @Nullable LocalDate deadline, NormPeriod period, LocalDate effectiveFrom,
			String by, Instant at) {
		return jdbc.sql("""
				insert into steering_norm (assignment_id, core_condition_id, code, description, kind, target, deadline,
				                           period, effective_from, measure, added_by, added_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROVIDER_FIGURES', ?, ?) returning id""")
				.params(assignmentId, coreConditionId, code, description, kind.name(), target, deadline, period.name(),
						effectiveFrom, by, utc(at))
				.query(Long.class).single();
	}

	/** The provider's figures for a norm, newest period first. */
	public List<DeliveredFigure> figures(long normId) {
		return jdbc.sql("select " + FIGURE_COLUMNS + " where f.norm_id = ? order by f.period_start desc")
				.param(normId).query(NormRepository::figure).list();
	}

	Optional<DeliveredFigure> figure(long normId, LocalDate periodStart) {
		return jdbc.sql("select " + FIGURE_COLUMNS + " where f.norm_id = ? and f.period_start = ?")
				.params(normId, periodStart).query(NormRepository::figure).optional();
	}

	/** Saves a figure; a new delivery for the same period replaces the earlier one, with the new who and when. */
	public void saveFigure(ProposedFigure figure, @Nullable Long evidenceId, String by, Instant at) {
		jdbc.sql("""
				insert into steering_norm_figure (norm_id, period_start, period_end, value, completed_on, evidence_id,
				                                  delivered_by, delivered_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (norm_id, period_start) do update set value = excluded.value,
				    completed_on = excluded.completed_on, evidence_id = coalesce(excluded.evidence_id, steering_norm_figure.evidence_id),
				    delivered_by = excluded.delivered_by, delivered_at = excluded.delivered_at""")
				.params(figure.norm().id(), figure.period().start(), figure.period().end(), figure.value(),
						figure.completedOn(), evidenceId, by, utc(at))
				.update();
	}

	public long saveEvidence(long assignmentId, String fileName, String contentType, byte[] content, String by, Instant at) {
		return jdbc.sql("""
				insert into steering_evidence (assignment_id, file_name, content_type, content, uploaded_by, uploaded_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
				.params(assignmentId, fileName, contentType, content, by, utc(at)).query(Long.class).single();
	}

	Optional<Evidence> evidence(long assignmentId, long id) {
		return jdbc.sql("select id, file_name, content_type, content from steering_evidence where id = ? and assignment_id = ?")
				.params(id, assignmentId)
				.query((rs, row) -> new Evidence(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
						rs.getBytes("content")))
				.optional();
	}

	public List<LocalDate> closedQuarters(long assignmentId) {
		return jdbc.sql("select quarter_start from steering_closed_quarter where assignment_id = ? order by quarter_start")
				.param(assignmentId).query(LocalDate.class).list();
	}

	void closeQuarter(long assignmentId, LocalDate quarterStart, String by, Instant at) {
		jdbc.sql("""
				insert into steering_closed_quarter (assignment_id, quarter_start, closed_by, closed_at) values (?, ?, ?, ?)
				on conflict do nothing""")
				.params(assignmentId, quarterStart, by, utc(at)).update();
	}

	Optional<CauseAnalysis> causeAnalysis(long normId, LocalDate periodStart) {
		return jdbc.sql("""
				select analysis, recorded_by, recorded_at from steering_norm_cause_analysis
				where norm_id = ? and period_start = ?""")
				.params(normId, periodStart)
				.query((rs, row) -> new CauseAnalysis(rs.getString("analysis"), rs.getString("recorded_by"),
						rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
				.optional();
	}

	void saveCauseAnalysis(long normId, LocalDate periodStart, String analysis, String by, Instant at) {
		jdbc.sql("""
				insert into steering_norm_cause_analysis (norm_id, period_start, analysis, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?)
				on conflict (norm_id, period_start) do update set analysis = excluded.analysis,
				    recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""")
				.params(normId, periodStart, analysis, by, utc(at)).update();
	}

	/** The assignment a provider's account holder works under, if linked. */
	public Optional<Long> linkedAssignment(String username) {
		return jdbc.sql("select assignment_id from steering_provider_account where username = ?").param(username)
				.query(Long.class).optional();
	}

	public void linkProvider(String username, long assignmentId) {
		jdbc.sql("""
				insert into steering_provider_account (username, assignment_id) values (?, ?)
				on conflict (username) do update set assignment_id = excluded.assignment_id""")
				.params(username, assignmentId).update();
	}

	record Evidence(long id, String fileName, String contentType, byte[] content) {}

	private static Norm norm(ResultSet rs, int row) throws SQLException {
		var term = rs.getInt("term_weeks");
		Integer termWeeks = rs.wasNull() ? null : term;
		var deadline = rs.getObject("deadline", LocalDate.class);
		return new Norm(rs.getLong("id"), rs.getLong("assignment_id"), rs.getLong("core_condition_id"),
				rs.getLong("type_id"), rs.getString("type_name"), rs.getString("code"), rs.getString("description"),
				NormKind.valueOf(rs.getString("kind")), rs.getBigDecimal("target"), deadline,
				NormPeriod.valueOf(rs.getString("period")), rs.getObject("effective_from", LocalDate.class),
				NormMeasure.valueOf(rs.getString("measure")), termWeeks);
	}

	private static DeliveredFigure figure(ResultSet rs, int row) throws SQLException {
		var evidence = rs.getLong("evidence_id");
		var evidenceId = rs.wasNull() ? null : evidence;
		return new DeliveredFigure(rs.getLong("id"), rs.getLong("norm_id"), rs.getObject("period_start", LocalDate.class),
				rs.getObject("period_end", LocalDate.class), rs.getBigDecimal("value"),
				rs.getObject("completed_on", LocalDate.class), evidenceId, rs.getString("file_name"),
				rs.getString("delivered_by"), rs.getObject("delivered_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
