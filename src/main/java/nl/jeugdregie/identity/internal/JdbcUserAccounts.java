package nl.jeugdregie.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
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

	private static final String COLUMNS = "username, password_hash, display_name, role, municipality_code, team_id, enabled";

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;

	JdbcUserAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
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
		return jdbc.sql("select " + COLUMNS + " from app_user where team_id = ? order by display_name")
				.param(team.value())
				.query(JdbcUserAccounts::principal)
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
		return jdbc.sql("select " + COLUMNS + " from app_user where username = ? and enabled")
				.param(username)
				.query(JdbcUserAccounts::principal)
				.optional()
				.map(AccountPrincipal::user);
	}

	@Override
	@Transactional(readOnly = true)
	public AccountPrincipal loadUserByUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from app_user where username = ?")
				.param(username)
				.query(JdbcUserAccounts::principal)
				.optional()
				.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
	}

	private static AccountPrincipal principal(ResultSet rs, int row) throws SQLException {
		var team = rs.getObject("team_id", UUID.class);
		var user = new CurrentUser(rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), new MunicipalityCode(rs.getString("municipality_code")),
				team == null ? null : new TeamId(team));
		return new AccountPrincipal(user, rs.getString("password_hash"), rs.getBoolean("enabled"));
	}
}
