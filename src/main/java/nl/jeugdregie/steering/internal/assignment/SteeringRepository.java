package nl.jeugdregie.steering.internal.assignment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.steering.internal.financing.FinancingCategory;
import nl.jeugdregie.steering.internal.financing.FinancingLine;
import nl.jeugdregie.steering.internal.risk.Risk;
import nl.jeugdregie.steering.internal.risk.RiskKind;
import nl.jeugdregie.steering.internal.risk.RiskReassessment;
import nl.jeugdregie.steering.internal.risk.RiskScore;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assignments, their types of work, risks and financing lines; every query is scoped to one municipality. */
@Repository
public class SteeringRepository {

	private static final String RISK_COLUMNS = """
			r.id, r.type_of_work_id, t.name as type_name, r.position, r.description, r.kind, r.probability, r.damage,
			r.effect, r.precondition, r.responsible_party, r.where_agreed, r.monitoring_owner, r.version""";
	private static final String TYPE_COLUMNS = """
			t.id, t.assignment_id, t.position, t.code, t.name, t.target_group, t.desired_situation""";
	private static final String LINE_COLUMNS = """
			id, type_of_work_id, position, label, fte, amount_cents, category, target_group, proeftuin""";

	private final JdbcClient jdbc;

	SteeringRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The municipality's most recent assignment. */
	public Optional<Assignment> latestAssignment(MunicipalityCode municipality) {
		return jdbc.sql("""
				select id, municipality_code, year, provider_name, title, source, budget_cap_cents
				from steering_assignment where municipality_code = ? order by year desc limit 1""")
				.param(municipality.value())
				.query(SteeringRepository::assignment)
				.optional();
	}

	/** Locks the assignment until the transaction ends, so two financing changes are checked against the cap in turn. */
	public void lock(Assignment assignment) {
		jdbc.sql("select id from steering_assignment where id = ? for update").param(assignment.id())
				.query(Long.class).single();
	}

	/** The source document's documented rounding difference the cap allows on top (ADR 0014). */
	long statedRoundingDifference(Assignment assignment) {
		return jdbc.sql("select stated_rounding_difference_cents from steering_assignment where id = ?")
				.param(assignment.id()).query(Long.class).single();
	}

	public List<TypeOfWork> typesOfWork(Assignment assignment) {
		return jdbc.sql("select " + TYPE_COLUMNS + " from steering_type_of_work t where t.assignment_id = ? order by t.position")
				.param(assignment.id())
				.query(SteeringRepository::typeOfWork)
				.list();
	}

	/** A type of work of the municipality's assignments; empty when it belongs to another municipality. */
	public Optional<TypeOfWork> typeOfWork(MunicipalityCode municipality, long id) {
		return jdbc.sql("select " + TYPE_COLUMNS + """
				 from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id
				where t.id = ? and a.municipality_code = ?""")
				.params(id, municipality.value())
				.query(SteeringRepository::typeOfWork)
				.optional();
	}

	public Optional<Assignment> assignment(long id) {
		return jdbc.sql("""
				select id, municipality_code, year, provider_name, title, source, budget_cap_cents
				from steering_assignment where id = ?""")
				.param(id)
				.query(SteeringRepository::assignment)
				.optional();
	}

	public List<Goal> goals(TypeOfWork type) {
		return jdbc.sql("select position, heading, text from steering_goal where type_of_work_id = ? order by position")
				.param(type.id())
				.query((rs, row) -> new Goal(rs.getInt("position"), rs.getString("heading"), rs.getString("text")))
				.list();
	}

	List<CoreCondition> coreConditions(TypeOfWork type) {
		return jdbc.sql("select position, title, text from steering_core_condition where type_of_work_id = ? order by position")
				.param(type.id())
				.query((rs, row) -> new CoreCondition(rs.getInt("position"), rs.getString("title"), rs.getString("text")))
				.list();
	}

	public List<Risk> risks(Assignment assignment) {
		return jdbc.sql("select " + RISK_COLUMNS + """
				 from steering_risk r join steering_type_of_work t on t.id = r.type_of_work_id
				where t.assignment_id = ? order by t.position, r.position""")
				.param(assignment.id())
				.query(SteeringRepository::risk)
				.list();
	}

	List<Risk> risks(TypeOfWork type) {
		return jdbc.sql("select " + RISK_COLUMNS + """
				 from steering_risk r join steering_type_of_work t on t.id = r.type_of_work_id
				where t.id = ? order by r.position""")
				.param(type.id())
				.query(SteeringRepository::risk)
				.list();
	}

	/** A risk of the municipality's assignments; empty when it belongs to another municipality. */
	Optional<Risk> risk(MunicipalityCode municipality, long id) {
		return jdbc.sql("select " + RISK_COLUMNS + """
				 from steering_risk r join steering_type_of_work t on t.id = r.type_of_work_id
				     join steering_assignment a on a.id = t.assignment_id
				where r.id = ? and a.municipality_code = ?""")
				.params(id, municipality.value())
				.query(SteeringRepository::risk)
				.optional();
	}

	/**
	 * Saves the new scores and the re-assessment in its history. The update checks the version read before, so a
	 * re-assessment by someone else in between is not overwritten unnoticed.
	 *
	 * @return whether the risk still had the version read
	 */
	public boolean reassess(Risk risk, RiskScore score, String note, String by, Instant at) {
		var updated = jdbc.sql("""
				update steering_risk set probability = ?, damage = ?, version = version + 1
				where id = ? and version = ?""")
				.params(score.probability(), score.damage(), risk.id(), risk.version())
				.update();
		if (updated != 1) {
			return false;
		}
		jdbc.sql("""
				insert into steering_risk_assessment (risk_id, previous_probability, previous_damage, probability, damage,
				                                      note, assessed_by, assessed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(risk.id(), risk.probability(), risk.damage(), score.probability(), score.damage(), note, by, utc(at))
				.update();
		return true;
	}

	/** The re-assessments of the assignment's risks, newest first. */
	List<RiskReassessment> reassessments(Assignment assignment) {
		return jdbc.sql("""
				select s.risk_id, r.description, s.previous_probability, s.previous_damage, s.probability, s.damage, s.note,
				       s.assessed_by, s.assessed_at
				from steering_risk_assessment s join steering_risk r on r.id = s.risk_id
				     join steering_type_of_work t on t.id = r.type_of_work_id
				where t.assignment_id = ? order by s.assessed_at desc, s.id desc""")
				.param(assignment.id())
				.query((rs, row) -> new RiskReassessment(rs.getLong("risk_id"), rs.getString("description"),
						rs.getInt("previous_probability"), rs.getInt("previous_damage"), rs.getInt("probability"),
						rs.getInt("damage"), rs.getString("note"), rs.getString("assessed_by"),
						rs.getObject("assessed_at", OffsetDateTime.class).toInstant()))
				.list();
	}

	public List<FinancingLine> financingLines(Assignment assignment) {
		return jdbc.sql("select " + LINE_COLUMNS + " from steering_financing_line where assignment_id = ? order by position")
				.param(assignment.id())
				.query(SteeringRepository::line)
				.list();
	}

	public void addFinancingLine(Assignment assignment, TypeOfWork type, String label, @Nullable BigDecimal fte, long cents,
			FinancingCategory category, String by, Instant at) {
		jdbc.sql("""
				insert into steering_financing_line (assignment_id, type_of_work_id, position, label, fte, amount_cents,
				                                     category, target_group, proeftuin, added_by, added_at)
				values (:assignment, :type,
				        (select coalesce(max(position), 0) + 1 from steering_financing_line where assignment_id = :assignment),
				        :label, :fte, :cents, :category, :targetGroup, false, :by, :at)""")
				.param("assignment", assignment.id())
				.param("type", type.id())
				.param("label", label)
				.param("fte", fte)
				.param("cents", cents)
				.param("category", category.name())
				.param("targetGroup", type.targetGroup().name())
				.param("by", by)
				.param("at", utc(at))
				.update();
	}

	/** The document's own figures: subtotals per type of work (key: type id) and the Proeftuin amount (key: null). */
	public List<StatedFigure> statedFigures(Assignment assignment) {
		return jdbc.sql("""
				select type_of_work_id, kind, label, fte, amount_cents, source
				from steering_stated_figure where assignment_id = ? order by id""")
				.param(assignment.id())
				.query((rs, row) -> new StatedFigure(nullableLong(rs, "type_of_work_id"), rs.getString("kind"),
						rs.getString("label"), rs.getBigDecimal("fte"), rs.getLong("amount_cents"), rs.getString("source")))
				.list();
	}

	/** A figure as the source document states it. */
	public record StatedFigure(@Nullable Long typeOfWorkId, String kind, String label, @Nullable BigDecimal fte, long cents,
			String source) {}

	private static Assignment assignment(ResultSet rs, int row) throws SQLException {
		return new Assignment(rs.getLong("id"), rs.getString("municipality_code"), rs.getInt("year"),
				rs.getString("provider_name"), rs.getString("title"), rs.getString("source"), rs.getLong("budget_cap_cents"));
	}

	private static TypeOfWork typeOfWork(ResultSet rs, int row) throws SQLException {
		return new TypeOfWork(rs.getLong("id"), rs.getLong("assignment_id"), rs.getInt("position"), rs.getString("code"),
				rs.getString("name"), TargetGroup.valueOf(rs.getString("target_group")), rs.getString("desired_situation"));
	}

	private static Risk risk(ResultSet rs, int row) throws SQLException {
		return new Risk(rs.getLong("id"), rs.getLong("type_of_work_id"), rs.getString("type_name"), rs.getInt("position"),
				rs.getString("description"), RiskKind.valueOf(rs.getString("kind")), rs.getInt("probability"),
				rs.getInt("damage"), rs.getInt("effect"), rs.getString("precondition"), rs.getString("responsible_party"),
				rs.getString("where_agreed"), rs.getString("monitoring_owner"), rs.getInt("version"));
	}

	private static FinancingLine line(ResultSet rs, int row) throws SQLException {
		var targetGroup = rs.getString("target_group");
		return new FinancingLine(rs.getLong("id"), nullableLong(rs, "type_of_work_id"), rs.getInt("position"),
				rs.getString("label"), rs.getBigDecimal("fte"), rs.getLong("amount_cents"),
				FinancingCategory.valueOf(rs.getString("category")),
				targetGroup == null ? null : TargetGroup.valueOf(targetGroup), rs.getBoolean("proeftuin"));
	}

	private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		var value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
