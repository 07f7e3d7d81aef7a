package nl.jeugdregie.platform.input;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * What both fuzz harnesses share: the request budget, a municipality with data so path ids resolve, the writing
 * roles, the bad values, and the guards that nothing was half-saved.
 */
final class FuzzGround {

	/** At least 20,000 requests in CI; raise with {@code -Dfuzz.requests=1000000} for bench/. */
	static final int REQUESTS = Integer.getInteger("fuzz.requests", 20_000);
	static final long SEED = Long.getLong("fuzz.seed", 19L);

	static final String REGISTRATION = """
			{"givenName":"Fuzz","familyName":"de Tester","dateOfBirth":"2016-03-01","bsn":"123456782",
			 "carerName":"Anna de Tester","carerRelation":"moeder","channel":"PHONE","referrer":"SCHOOL",
			 "question":"Zorgen over gedrag op school."}""";

	static final List<Role> WRITERS = List.of(Role.YOUTH_PROFESSIONAL, Role.TEAM_LEAD, Role.POLICY_OFFICER,
			Role.ADMINISTRATOR);

	/** Text values that no field may accept, or that stretch a field's limits. */
	static final List<String> BAD_TEXTS = List.of("a\u0000b", "\u0000", "tab\u0007bel", "\u001b[31mrood", "x\u007f",
			"\u0085", "\uD800", "los\uDFFF", "\uDBFF\uDBFF", "x".repeat(100_000), "", " ", "\n", "null", "-1", "0",
			"2147483648", "99999999999999999999", "1e400", "NaN", "0000-01-01", "1800-01-01", "+999999999-12-31",
			"-999999999-01-01", "2026-02-30", "9999-12-31", "31-12-2099", "not-a-uuid",
			"00000000-0000-0000-0000-000000000000", "<script>alert(1)</script>", "' or 1=1 --", "%00", "../../etc",
			"ÀÉÎõü", "😀".repeat(3000), "NOT_AN_ENUM", "true");

	/** JSON values of every wrong type and out-of-range size. */
	static final List<String> BAD_JSON = List.of("\"a\\u0000b\"", "\"\\u0007\"", "\"\\ud800\"", "\"\\udfff x\"",
			"\"" + "x".repeat(100_000) + "\"", "12345", "-1", "0", "2147483648", "-9223372036854775809",
			"1e308", "-1e308", "0.5", "true", "false", "null", "[]", "[1,\"\\u0000\"]", "{}",
			"{\"a\":{\"b\":[1,{\"c\":\"\\u0000\"}]}}", "\"\"", "\" \"", "\"0000-01-01\"", "\"1800-01-01\"",
			"\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"2026-02-30\"", "\"9999-12-31\"", "\"2026-11-16T10:00:00Z\"",
			"\"not-a-uuid\"", "\"" + UUID.randomUUID() + "\"", "\"NOT_AN_ENUM\"", "\"12\"", "\"true\"",
			"[" + "[".repeat(600) + "]".repeat(600) + "]");

	/** Whole bodies that are not what any endpoint expects. */
	static final List<String> BAD_BODIES = List.of("", "null", "[]", "\"x\"", "12", "{", "{\"x\":", "{\"\\u0000\":1}",
			"{}", "{\"unknown\":\"\\u0000\"}", "[" + "{\"a\":".repeat(700) + "1" + "}".repeat(700) + "]");

	private FuzzGround() {}

	/** The principals of one writing role each; requests carry them directly, so no password is hashed 20,000 times. */
	static Map<Role, RequestPostProcessor> writers(TestFixtures fixtures, TestFixtures.World world,
			UserDetailsService details) {
		var writers = new LinkedHashMap<Role, RequestPostProcessor>();
		for (var role : WRITERS) {
			var current = fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null);
			UserDetails principal = details.loadUserByUsername(current.username());
			writers.put(role, user(principal));
		}
		return writers;
	}

	/** A registered help request with a household on it, made through the API as a professional. */
	static Map<String, UUID> seed(MockMvc mvc, JsonMapper json, RequestPostProcessor professional) throws Exception {
		var ids = new TreeMap<String, UUID>();
		var request = created(mvc, json, professional, "/api/v1/help-requests", REGISTRATION);
		ids.put("help-requests", request);
		ids.put("households", created(mvc, json, professional, "/api/v1/households",
				"{\"helpRequest\":\"" + request + "\",\"householdName\":\"Gezin de Tester\"}"));
		ids.put("second-help-request", created(mvc, json, professional, "/api/v1/help-requests", REGISTRATION));
		return ids;
	}

	private static UUID created(MockMvc mvc, JsonMapper json, RequestPostProcessor who, String path, String body)
			throws Exception {
		var response = mvc.perform(MockMvcRequestBuilders.post(path).with(who).contentType(MediaType.APPLICATION_JSON)
				.content(body)).andReturn().getResponse();
		if (response.getStatus() != 201) {
			throw new IllegalStateException(path + " answered " + response.getStatus() + ": " + response.getContentAsString());
		}
		return UUID.fromString(json.readTree(response.getContentAsString()).get("id").asString());
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/**
	 * Row counts of the tables that hold client and municipality data. Audit rows (checked by its chain),
	 * the event log and the asynchronous monitoring projections are left out: they are written after a commit.
	 */
	static final class RowCounts {

		private final JdbcClient jdbc;
		private final String query;

		RowCounts(JdbcClient jdbc) {
			this.jdbc = jdbc;
			var tables = jdbc.sql("""
					select table_name from information_schema.tables
					where table_schema = current_schema() and table_type = 'BASE TABLE'
					  and table_name not like 'monitoring%' and table_name not like 'event_publication%'
					  and table_name not like 'flyway%' and table_name not in ('audit_event', 'steering_social_work_trajectory')
					order by table_name""").query(String.class).list();
			var parts = new ArrayList<String>();
			tables.forEach(t -> parts.add("select '" + t + "' as t, count(*) as n from " + t));
			this.query = String.join(" union all ", parts);
		}

		Map<String, Long> now() {
			var counts = new TreeMap<String, Long>();
			jdbc.sql(query).query((rs, i) -> counts.put(rs.getString("t"), rs.getLong("n"))).list();
			return counts;
		}

		static String difference(Map<String, Long> before, Map<String, Long> after) {
			var changed = new ArrayList<String>();
			after.forEach((t, n) -> {
				if (!n.equals(before.get(t))) {
					changed.add(t + " " + before.get(t) + "→" + n);
				}
			});
			return String.join(", ", changed);
		}
	}
}
