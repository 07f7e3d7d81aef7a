package nl.jeugdregie.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.NewUserAccount;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.identity.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcUserAccounts implements UserAccounts, UserDetailsService {

	private static final String COLUMNS = "username, password_hash, display_name, role, municipality_code, team_id, enabled, "
			+ "active_from, active_until";
	private static final String ACTIVE_ON = AccountState.ACTIVE_ON;

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;
	private final Clock clock;

	JdbcUserAccounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Override
	@Transactional
	public CurrentUser create(NewUserAccount account) {
		jdbc.sql("""
				insert into app_user (username, password_hash, display_name, role, municipality_code, team_id, enabled)
				values (?, ?, ?, ?, ?, ?, true)""")
				.params(account.username(), passwords.encode(account.rawPassword()), account.displayName(),
						account.role().name(), account.municipality().value(),
						account.team() == null ? null : account.team().value())
				.update();
		return new CurrentUser(account.username(), account.displayName(), account.role(), account.municipality(),
				account.team());
	}

	@Override
	@Transactional(readOnly = true)
	public List<CurrentUser> ofTeam(TeamId team) {
		var today = LocalDate.now(clock);
		return jdbc.sql("select " + COLUMNS + " from app_user where team_id = ? and " + ACTIVE_ON + " order by display_name")
				.params(team.value(), today, today)
				.query(this::principal)
				.stream().map(AccountPrincipal::user).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class).single() > 0;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Expertise> expertiseOf(String username) {
		var expertise = EnumSet.noneOf(Expertise.class);
		jdbc.sql("select expertise from app_user_expertise where username = ?").param(username)
				.query(String.class).list().forEach(e -> expertise.add(Expertise.valueOf(e)));
		return expertise;
	}

	@Override
	@Transactional
	public void replaceExpertise(String username, Set<Expertise> expertise) {
		jdbc.sql("delete from app_user_expertise where username = ?").param(username).update();
		expertise.forEach(e -> jdbc.sql("insert into app_user_expertise (username, expertise) values (?, ?)")
				.params(username, e.name()).update());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CurrentUser> find(String username) {
		var today = LocalDate.now(clock);
		return jdbc.sql("select " + COLUMNS + " from app_user where username = ? and " + ACTIVE_ON)
				.params(username, today, today)
				.query(this::principal)
				.optional()
				.map(AccountPrincipal::user);
	}

	@Override
	@Transactional(readOnly = true)
	public AccountPrincipal loadUserByUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from app_user where username = ?")
				.param(username)
				.query(this::principal)
				.optional()
				.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
	}

	/**
	 * Whether the account may work now, and whether it must first choose a new password; checked per request. One
	 * statement, so no transaction of its own: that saved two round trips (begin read only, commit) per API call
	 * (issue 19 P1, ADR 0053).
	 */
	AccountState stateOf(String username) {
		var today = LocalDate.now(clock);
		return jdbc.sql("select " + ACTIVE_ON + " as active, password_change_required from app_user where username = ?")
				.params(today, today, username)
				.query((rs, row) -> !rs.getBoolean("active") ? AccountState.INACTIVE
						: rs.getBoolean("password_change_required") ? AccountState.MUST_CHANGE_PASSWORD : AccountState.ACTIVE)
				.optional()
				.orElse(AccountState.INACTIVE);
	}

	private AccountPrincipal principal(ResultSet rs, int row) throws SQLException {
		var team = rs.getObject("team_id", UUID.class);
		var user = new CurrentUser(rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), new MunicipalityCode(rs.getString("municipality_code")),
				team == null ? null : new TeamId(team));
		// A deactivated account, or one outside its active period, cannot log in; its name stays in history.
		var today = LocalDate.now(clock);
		var from = rs.getObject("active_from", LocalDate.class);
		var until = rs.getObject("active_until", LocalDate.class);
		var active = rs.getBoolean("enabled") && (from == null || !from.isAfter(today))
				&& (until == null || !until.isBefore(today));
		return new AccountPrincipal(user, rs.getString("password_hash"), active);
	}
}
