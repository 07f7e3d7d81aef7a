package nl.jeugdregie.steering.internal.effectchain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The effect chain links and the indicators of a type of work's goals (STU-2). Callers scope the type of work to the
 * user's municipality first; every change runs while the type of work's row is locked.
 */
@Repository
class EffectChainRepository {

	private final JdbcClient jdbc;

	EffectChainRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	EffectChain chain(long typeOfWorkId, long assignmentId) {
		var stored = new EnumMap<ChainLink, EffectChain.Step>(ChainLink.class);
		jdbc.sql("""
				select link, text, source, version, changed_by, changed_at
				from steering_effect_chain_link where type_of_work_id = ?""")
				.param(typeOfWorkId)
				.query((rs, row) -> {
					var at = rs.getObject("changed_at", OffsetDateTime.class);
					return new EffectChain.Step(ChainLink.valueOf(rs.getString("link")), rs.getString("text"),
							rs.getString("source"), rs.getInt("version"), rs.getString("changed_by"),
							at == null ? null : at.toInstant());
				})
				.list()
				.forEach(step -> stored.put(step.link(), step));
		var indicators = new LinkedHashMap<Long, List<Indicator>>();
		jdbc.sql("""
				select i.id, i.goal_id, i.position, i.name, i.measures, i.unit, i.norm_id, i.target, i.version
				from steering_indicator i join steering_goal g on g.id = i.goal_id
				where g.type_of_work_id = ? order by g.position, i.position""")
				.param(typeOfWorkId)
				.query((rs, row) -> {
					var norm = rs.getLong("norm_id");
					var normId = rs.wasNull() ? null : norm;
					return new Indicator(rs.getLong("id"), rs.getLong("goal_id"), rs.getInt("position"),
							rs.getString("name"), rs.getString("measures"), rs.getString("unit"), normId,
							rs.getBigDecimal("target"), rs.getInt("version"));
				})
				.list()
				.forEach(indicator -> indicators.computeIfAbsent(indicator.goalId(), goal -> new ArrayList<>()).add(indicator));
		var goals = jdbc.sql("select id, position, heading, text from steering_goal where type_of_work_id = ? order by position")
				.param(typeOfWorkId)
				.query((rs, row) -> new EffectChain.GoalIndicators(rs.getLong("id"), rs.getInt("position"),
						rs.getString("heading"), rs.getString("text"),
						indicators.getOrDefault(rs.getLong("id"), List.of())))
				.list();
		return EffectChain.of(typeOfWorkId, assignmentId, stored, goals);
	}

	/** The type of work an indicator belongs to, in any municipality: the caller scopes it. */
	Optional<Long> typeOfWorkOfIndicator(long indicatorId) {
		return jdbc.sql("""
				select g.type_of_work_id from steering_indicator i join steering_goal g on g.id = i.goal_id
				where i.id = ?""").param(indicatorId).query(Long.class).optional();
	}

	/** Locks the type of work until the transaction ends, so changes to its chain are checked and stored in turn. */
	void lock(long typeOfWorkId) {
		jdbc.sql("select id from steering_type_of_work where id = ? for update").param(typeOfWorkId)
				.query(Long.class).single();
	}

	/**
	 * Stores one accepted change.
	 *
	 * @return the new indicator's id for an added indicator, otherwise the id of what changed
	 */
	long apply(long typeOfWorkId, ChainChange change, String by, Instant at) {
		return switch (change) {
			case ChainChange.LinkDescribed described -> jdbc.sql("""
					insert into steering_effect_chain_link (type_of_work_id, link, text, source, version, changed_by,
					                                        changed_at)
					values (?, ?, ?, '', 1, ?, ?)
					on conflict (type_of_work_id, link) do update
					set text = excluded.text, source = '', version = steering_effect_chain_link.version + 1,
					    changed_by = excluded.changed_by, changed_at = excluded.changed_at
					returning id""")
					.params(typeOfWorkId, described.link().name(), described.text(), by, utc(at))
					.query(Long.class).single();
			case ChainChange.IndicatorAdded added -> jdbc.sql("""
					insert into steering_indicator (goal_id, position, name, measures, unit, norm_id, target, added_by,
					                                added_at)
					values (:goal, (select coalesce(max(position), 0) + 1 from steering_indicator where goal_id = :goal),
					        :name, :measures, :unit, :norm, :target, :by, :at)
					returning id""")
					.param("goal", added.goalId())
					.param("name", added.draft().name())
					.param("measures", added.draft().measures())
					.param("unit", added.draft().unit())
					.param("norm", added.draft().normId())
					.param("target", added.draft().target())
					.param("by", by)
					.param("at", utc(at))
					.query(Long.class).single();
			case ChainChange.IndicatorChanged changed -> {
				jdbc.sql("""
						update steering_indicator
						set name = ?, measures = ?, unit = ?, norm_id = ?, target = ?, version = version + 1,
						    changed_by = ?, changed_at = ?
						where id = ?""")
						.params(changed.draft().name(), changed.draft().measures(), changed.draft().unit(),
								changed.draft().normId(), changed.draft().target(), by, utc(at), changed.indicatorId())
						.update();
				yield changed.indicatorId();
			}
			case ChainChange.IndicatorRemoved removed -> {
				jdbc.sql("delete from steering_indicator where id = ?").param(removed.indicatorId()).update();
				yield removed.indicatorId();
			}
		};
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
