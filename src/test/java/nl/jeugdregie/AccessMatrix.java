package nl.jeugdregie;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A role × endpoint access table (SEC-2), checked cell by cell: every caller calls every endpoint, pages through a
 * real form-login session and the API with HTTP Basic, and {@link #verify()} fails once, listing every cell that
 * differs. Page forms get a CSRF token from the matrix, so a row states only what it sends.
 *
 * <pre>{@code
 * AccessMatrix.of(mvc).callers(users).anonymous()
 *         .expect(page("GET /werklijst", () -> get("/werklijst"), 200), Access.to(CASE_WORKERS))
 *         .expect(api("GET /api/v1/audit/verification", () -> get("/api/v1/audit/verification"), 200),
 *                 Access.to(ADMINISTRATOR).otherwise(404))
 *         .verify();
 * }</pre>
 */
public final class AccessMatrix {

	/** The name of the anonymous caller in failure listings. */
	public static final String ANONYMOUS = "anonymous";

	private static final MockServletContext SERVLET_CONTEXT = new MockServletContext();

	private final MockMvc mvc;
	private final Map<String, Caller> callers = new LinkedHashMap<>();
	private final List<Map.Entry<Endpoint, Access>> rows = new ArrayList<>();
	private final List<RequestPostProcessor> extras = new ArrayList<>();
	private boolean anonymous;
	private @Nullable Caller refusesWithoutCsrf;

	private AccessMatrix(MockMvc mvc) {
		this.mvc = mvc;
	}

	public static AccessMatrix of(MockMvc mvc) {
		return new AccessMatrix(mvc);
	}

	/** Whether a row is a page (form login, session, CSRF) or the REST API (HTTP Basic, no session). */
	public enum Channel {
		PAGE, API
	}

	/**
	 * One request to check.
	 *
	 * @param allowedStatus what a permitted caller gets: 200, or for example 400 for a deliberately invalid body,
	 *        which proves the request got past access control
	 */
	public record Endpoint(String name, Channel channel, Supplier<MockHttpServletRequestBuilder> request,
			int allowedStatus) {

		boolean changes() {
			return !"GET".equals(request.get().buildRequest(SERVLET_CONTEXT).getMethod());
		}
	}

	/** A page request, answered to a permitted caller with {@code allowedStatus}. */
	public static Endpoint page(String name, Supplier<MockHttpServletRequestBuilder> request, int allowedStatus) {
		return new Endpoint(name, Channel.PAGE, request, allowedStatus);
	}

	/** An API request, answered to a permitted caller with {@code allowedStatus}. */
	public static Endpoint api(String name, Supplier<MockHttpServletRequestBuilder> request, int allowedStatus) {
		return new Endpoint(name, Channel.API, request, allowedStatus);
	}

	/** Who calls: a user under a name; a user made for a role is named after the role. */
	public record Caller(String name, Role role, CurrentUser user) {}

	/**
	 * Who may call an endpoint: callers with one of {@code roles} get the endpoint's allowed status, the others
	 * {@code refused} (403 unless stated); {@code except} fixes the status of a named caller, whatever its role.
	 */
	public record Access(Set<Role> roles, int refused, Map<String, Integer> exceptions) {

		public Access {
			roles = Set.copyOf(roles);
			exceptions = Map.copyOf(exceptions);
		}

		public static Access to(Set<Role> roles) {
			return new Access(roles, 403, Map.of());
		}

		public static Access to(Role role) {
			return to(Set.of(role));
		}

		public static Access everyone() {
			return to(Set.of(Role.values()));
		}

		public static Access nobody() {
			return to(Set.of());
		}

		/** The status every caller outside the roles gets, for example 404 where existence must not leak. */
		public Access otherwise(int status) {
			return new Access(roles, status, exceptions);
		}

		/** The status the caller named {@code caller} (see {@link AccessMatrix#caller}) gets instead. */
		public Access except(String caller, int status) {
			var fixed = new HashMap<>(exceptions);
			fixed.put(caller, status);
			return new Access(roles, refused, fixed);
		}

		public Access except(Role role, int status) {
			return except(role.name(), status);
		}

		int expected(Caller caller, Endpoint endpoint) {
			var fixed = exceptions.get(caller.name());
			if (fixed != null) {
				return fixed;
			}
			return roles.contains(caller.role()) ? endpoint.allowedStatus() : refused;
		}
	}

	/** One user per role, each named after its role. */
	public AccessMatrix callers(Map<Role, CurrentUser> users) {
		users.forEach((role, user) -> callers.put(role.name(), new Caller(role.name(), role, user)));
		return this;
	}

	/** A further caller, such as a professional of another team; {@link Access#except} names it. */
	public AccessMatrix caller(String name, CurrentUser user) {
		callers.put(name, new Caller(name, user.role(), user));
		return this;
	}

	/** Also call every row anonymously: a page must send to the login page, the API must answer 401. */
	public AccessMatrix anonymous() {
		this.anonymous = true;
		return this;
	}

	/** Also send every changing page request without its CSRF token as {@code user}, who must get 403. */
	public AccessMatrix refusingPostsWithoutCsrfTokenFrom(CurrentUser user) {
		this.refusesWithoutCsrf = new Caller(user.role().name() + " without CSRF token", user.role(), user);
		return this;
	}

	/** Applied to every request, for example a header with the reason for access. */
	public AccessMatrix with(RequestPostProcessor extra) {
		extras.add(extra);
		return this;
	}

	public AccessMatrix expect(Endpoint endpoint, Access access) {
		rows.add(Map.entry(endpoint, access));
		return this;
	}

	public AccessMatrix expect(Collection<Endpoint> endpoints, Access access) {
		endpoints.forEach(endpoint -> expect(endpoint, access));
		return this;
	}

	/**
	 * Calls every cell and fails, listing every cell that differs, when any does.
	 *
	 * @return the number of cells checked, so a test can tell the table was not empty
	 */
	public int verify() throws Exception {
		if (rows.isEmpty()) {
			throw new IllegalStateException("An access matrix without rows checks nothing");
		}
		var failures = new ArrayList<String>();
		var cells = 0;
		var sessions = new HashMap<String, MockHttpSession>();
		for (var caller : callers.values()) {
			for (var row : rows) {
				var endpoint = row.getKey();
				var expected = row.getValue().expected(caller, endpoint);
				var response = perform(endpoint, true, request -> switch (endpoint.channel()) {
					case PAGE -> request.session(sessions.computeIfAbsent(caller.name(), name -> login(caller)));
					case API -> request.with(TestFixtures.api(caller.user()));
				});
				cells++;
				check(failures, endpoint, caller.name(), expected, response);
			}
		}
		if (anonymous) {
			for (var row : rows) {
				var endpoint = row.getKey();
				var response = perform(endpoint, true, request -> request);
				cells++;
				switch (endpoint.channel()) {
					case PAGE -> {
						check(failures, endpoint, ANONYMOUS, 302, response);
						var location = response.getRedirectedUrl();
						if (response.getStatus() == 302 && (location == null || !location.endsWith("/inloggen"))) {
							failures.add(endpoint.name() + " as " + ANONYMOUS + ": expected a redirect to /inloggen but went to "
									+ location);
						}
					}
					case API -> check(failures, endpoint, ANONYMOUS, 401, response);
				}
			}
		}
		if (refusesWithoutCsrf != null) {
			var caller = refusesWithoutCsrf;
			for (var row : rows) {
				var endpoint = row.getKey();
				if (endpoint.channel() == Channel.PAGE && endpoint.changes()) {
					var response = perform(endpoint, false,
							request -> request.session(sessions.computeIfAbsent(caller.name(), name -> login(caller))));
					cells++;
					check(failures, endpoint, caller.name(), 403, response);
				}
			}
		}
		if (!failures.isEmpty()) {
			throw new AssertionError(failures.size() + " of " + cells + " access cells differ:\n  "
					+ String.join("\n  ", failures));
		}
		return cells;
	}

	private interface Authentication {
		MockHttpServletRequestBuilder apply(MockHttpServletRequestBuilder request);
	}

	private MockHttpServletResponse perform(Endpoint endpoint, boolean withCsrfToken, Authentication authentication)
			throws Exception {
		var request = authentication.apply(endpoint.request().get());
		if (withCsrfToken && endpoint.channel() == Channel.PAGE) {
			request = request.with(csrf());
		}
		for (var extra : extras) {
			request = request.with(extra);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private MockHttpSession login(Caller caller) {
		try {
			return TestFixtures.login(mvc, caller.user());
		}
		catch (Exception failed) {
			throw new IllegalStateException("Could not log in as " + caller.name(), failed);
		}
	}

	private static void check(List<String> failures, Endpoint endpoint, String caller, int expected,
			MockHttpServletResponse response) {
		if (response.getStatus() != expected) {
			failures.add(endpoint.name() + " as " + caller + ": expected " + expected + " but was " + response.getStatus());
		}
	}
}
