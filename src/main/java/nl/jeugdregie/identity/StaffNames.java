package nl.jeugdregie.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows who did something by name: records keep the stable username, pages show the display name ("Sanne de
 * Vries", not "prof-noord-1"). Also for accounts that have since been disabled, because history must stay
 * readable. A username that is no account (such as "migratie") is shown as it is. Templates call it as
 * {@code ${@staffNames.of(step.recordedBy)}}.
 */
@Component("staffNames")
public class StaffNames {

	private final JdbcClient jdbc;

	StaffNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public String of(@Nullable String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		return jdbc.sql("select display_name from app_user where username = ?")
				.param(username)
				.query(String.class)
				.optional()
				.orElse(username);
	}
}
