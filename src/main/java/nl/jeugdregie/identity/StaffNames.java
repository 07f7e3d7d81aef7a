package nl.jeugdregie.identity;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Shows who did something by name: records keep the stable username, pages show the display name ("Sanne de
 * Vries", not "prof-noord-1"). Also for accounts that have since been disabled, because history must stay
 * readable. A username that is no account (such as "migratie") is shown as it is. Templates call it as
 * {@code ${@staffNames.of(step.recordedBy)}}; a table names the same few colleagues on every row, so each name is
 * looked up once per request.
 */
@Component("staffNames")
public class StaffNames {

	private static final String CACHE = StaffNames.class.getName() + ".cache";

	private final JdbcClient jdbc;

	StaffNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String of(@Nullable String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		return cache().computeIfAbsent(username, this::lookUp);
	}

	private String lookUp(String username) {
		return jdbc.sql("select display_name from app_user where username = ?")
				.param(username)
				.query(String.class)
				.optional()
				.orElse(username);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> cache() {
		var request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return new HashMap<>(); // outside a web request: no reuse
		}
		var cache = (Map<String, String>) request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
		if (cache == null) {
			cache = new HashMap<>();
			request.setAttribute(CACHE, cache, RequestAttributes.SCOPE_REQUEST);
		}
		return cache;
	}
}
