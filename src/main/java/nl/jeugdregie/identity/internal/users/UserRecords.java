package nl.jeugdregie.identity.internal.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.identity.internal.AccountState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The user accounts as the administration sees them; every query is scoped to one municipality. */
@Repository
class UserRecords {

	private static final String SELECT = """
			select u.username, u.display_name, u.email, u.role, u.municipality_code, u.team_id, t.name as team_name,
			       u.active_from, u.active_until, u.enabled, u.password_change_required, u.version
			from app_user u left join team t on t.id = u.team_id""";
	private static final String ACTIVE = AccountState.ACTIVE_ON.replace("enabled", "u.enabled")
			.replace("active_from", "u.active_from").replace("active_until", "u.active_until");

	/** ADR 0042: a regional administrator's account is the installation's; her municipality's administrator never sees it. */
	private static final String MUNICIPAL = " and u.role <> 'REGIONAL_ADMINISTRATOR'";

	private final JdbcClient jdbc;

	UserRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of the municipality's accounts matching the search, by name; with the number of matches. */
	UserPage search(MunicipalityCode municipality, UserSearch search, LocalDate today) {
		var where = new StringBuilder(" where u.municipality_code = ?" + MUNICIPAL);
		var params = new ArrayList<Object>(List.of(municipality.value()));
		if (search.text() != null) {
			where.append(" and (u.display_name ilike ? or u.username ilike ? or u.email ilike ?)");
			var like = "%" + search.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			params.addAll(List.of(like, like, like));
		}
		if (search.team() != null) {
			where.append(" and u.team_id = ?");
			params.add(search.team().value());
		}
		if (search.role() != null) {
			where.append(" and u.role = ?");
			params.add(search.role().name());
		}
		if (search.active() != null) {
			where.append(search.active() ? " and (" + ACTIVE + ")" : " and not (" + ACTIVE + ")");
			params.addAll(List.of(today, today));
		}
		var total = jdbc.sql("select count(*) from app_user u" + where).params(params).query(Long.class).single();
		var pageParams = new ArrayList<>(params);
		pageParams.addAll(List.of(UserSearch.PAGE_SIZE, (long) (search.page() - 1) * UserSearch.PAGE_SIZE));
		var users = jdbc.sql(SELECT + where + " order by lower(u.display_name), u.username limit ? offset ?")
				.params(pageParams).query((rs, row) -> user(rs, Set.of())).list();
		return new UserPage(users, total, search.page());
	}

	Optional<ManagedUser> find(MunicipalityCode municipality, String username, boolean lock) {
		var user = jdbc.sql(SELECT + " where u.municipality_code = ? and u.username = ?" + MUNICIPAL + (lock ? " for update of u" : ""))
				.params(municipality.value(), username).query((rs, row) -> user(rs, Set.of())).optional();
		return user.map(u -> new ManagedUser(u.username(), u.displayName(), u.email(), u.role(), u.municipality(), u.team(),
				u.teamName(), expertiseOf(u.username()), u.activeFrom(), u.activeUntil(), u.enabled(),
				u.passwordChangeRequired(), u.version()));
	}

	/** The municipality's active teams by name, to choose from. */
	Map<TeamId, String> activeTeams(MunicipalityCode municipality) {
		var teams = new LinkedHashMap<TeamId, String>();
		jdbc.sql("select id, name from team where municipality_code = ? and active order by lower(name)")
				.param(municipality.value())
				.query(rs -> {
					teams.put(new TeamId(rs.getObject("id", UUID.class)), rs.getString("name"));
				});
		return teams;
	}

	/** Locks the team row (shared), so the team cannot be deactivated while a member joins it. */
	boolean lockActiveTeam(MunicipalityCode municipality, TeamId team) {
		return jdbc.sql("select id from team where municipality_code = ? and id = ? and active for share")
				.params(municipality.value(), team.value()).query(UUID.class).optional().isPresent();
	}

	long otherActiveAdministrators(MunicipalityCode municipality, String username, LocalDate today) {
		return jdbc.sql("select count(*) from app_user u where u.municipality_code = ? and u.role = 'ADMINISTRATOR' "
						+ "and u.username <> ? and " + ACTIVE)
				.params(municipality.value(), username, today, today).query(Long.class).single();
	}

	void insert(String username, String passwordHash, MunicipalityCode municipality, UserDetails details) {
		jdbc.sql("""
				insert into app_user (username, password_hash, display_name, email, role, municipality_code, team_id,
				                      enabled, active_from, active_until, password_change_required)
				values (?, ?, ?, ?, ?, ?, ?, true, ?, ?, true)""")
				.params(username, passwordHash, details.displayName(), details.email(), details.role().name(),
						municipality.value(), details.team() == null ? null : details.team().value(),
						details.activeFrom(), details.activeUntil())
				.update();
		replaceExpertise(username, details.expertise());
	}

	/** False when someone changed the account since {@code version}. */
	boolean update(ManagedUser user, long version, UserDetails details) {
		var updated = jdbc.sql("""
				update app_user set display_name = ?, email = ?, role = ?, team_id = ?, active_from = ?, active_until = ?,
				                    version = version + 1
				where username = ? and municipality_code = ? and version = ?""")
				.params(details.displayName(), details.email(), details.role().name(),
						details.team() == null ? null : details.team().value(), details.activeFrom(), details.activeUntil(),
						user.username(), user.municipality().value(), version)
				.update() == 1;
		if (updated) {
			replaceExpertise(user.username(), details.expertise());
		}
		return updated;
	}

	boolean setEnabled(ManagedUser user, long version, boolean enabled) {
		return jdbc.sql("update app_user set enabled = ?, version = version + 1 "
						+ "where username = ? and municipality_code = ? and version = ?")
				.params(enabled, user.username(), user.municipality().value(), version).update() == 1;
	}

	boolean setOneTimePassword(ManagedUser user, long version, String passwordHash) {
		return jdbc.sql("update app_user set password_hash = ?, password_change_required = true, version = version + 1 "
						+ "where username = ? and municipality_code = ? and version = ?")
				.params(passwordHash, user.username(), user.municipality().value(), version).update() == 1;
	}

	private Set<Expertise> expertiseOf(String username) {
		var expertise = EnumSet.noneOf(Expertise.class);
		jdbc.sql("select expertise from app_user_expertise where username = ?").param(username)
				.query(String.class).list().forEach(e -> expertise.add(Expertise.valueOf(e)));
		return expertise;
	}

	private void replaceExpertise(String username, Set<Expertise> expertise) {
		jdbc.sql("delete from app_user_expertise where username = ?").param(username).update();
		expertise.forEach(e -> jdbc.sql("insert into app_user_expertise (username, expertise) values (?, ?)")
				.params(username, e.name()).update());
	}

	private static ManagedUser user(ResultSet rs, Set<Expertise> expertise) throws SQLException {
		var team = rs.getObject("team_id", UUID.class);
		return new ManagedUser(rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
				Role.valueOf(rs.getString("role")), new MunicipalityCode(rs.getString("municipality_code")),
				team == null ? null : new TeamId(team), rs.getString("team_name"), expertise,
				rs.getObject("active_from", LocalDate.class), rs.getObject("active_until", LocalDate.class),
				rs.getBoolean("enabled"), rs.getBoolean("password_change_required"), rs.getLong("version"));
	}

	record UserPage(List<ManagedUser> users, long total, int page) {

		public long pages() {
			return Math.max(1, (total + UserSearch.PAGE_SIZE - 1) / UserSearch.PAGE_SIZE);
		}
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
