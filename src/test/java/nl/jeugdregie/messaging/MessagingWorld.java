package nl.jeugdregie.messaging;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.allocation.Applications;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A municipality with a provider (AGB 65656055, as in the standard's examples), its account and one decided allocation
 * of product 45A01 (two hours a week, December 2026), set up through the REST API.
 */
record MessagingWorld(TestFixtures.World world, CurrentUser provider, CurrentUser otherProvider, CurrentUser admin,
		CurrentUser professional, long allocationNumber) {

	static final String AGB = "65656055";

	static MessagingWorld create(MockMvc mvc, TestFixtures fixtures, Applications applications) throws Exception {
		var world = fixtures.newWorld();
		var keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var providerUser = fixtures.user(Role.PROVIDER, world.municipality(), null);
		var otherUser = fixtures.user(Role.PROVIDER, world.municipality(), null);
		var product = id(mvc, keeper, "/api/v1/allocation/products", """
				{"category":"45","code":"45A01","name":"Ambulante begeleiding","unit":"04","frequency":"2"}""", 201);
		var provider = id(mvc, keeper, "/api/v1/allocation/providers", "{\"name\":\"Zorggroep\",\"agbCode\":\"" + AGB + "\"}", 201);
		var other = id(mvc, keeper, "/api/v1/allocation/providers", "{\"name\":\"Ander\",\"agbCode\":\"98000012\"}", 201);
		var contract = id(mvc, keeper, "/api/v1/allocation/providers/" + provider + "/contracts", """
				{"productIds":["%s"],"procurementRoute":"TENDERED","inRegion":true,"bridgingCare":true,
				 "terms":"Artikel 4.","validFrom":"2026-01-01","validUntil":"2027-12-31"}""".formatted(product), 201);
		call(mvc, keeper, "/api/v1/allocation/contracts/" + contract + "/tariffs", """
				{"productId":"%s","amount":"84,50","effectiveFrom":"2026-01-01","effectiveUntil":""}""".formatted(product), null, 201);
		call(mvc, admin, "/api/v1/allocation/providers/" + provider + "/accounts", "{\"username\":\"" + providerUser.username() + "\"}", null, 200);
		call(mvc, admin, "/api/v1/allocation/providers/" + other + "/accounts", "{\"username\":\"" + otherUser.username() + "\"}", null, 200);
		var helpRequest = applications.applied(professional, "999900006");
		var arrangement = id(mvc, professional, "/api/v1/allocation/arrangements", "{\"helpRequestId\":\"" + helpRequest + "\"}", 201);
		call(mvc, professional, "/api/v1/allocation/arrangements/" + arrangement + "/lines", """
				{"productId":"%s","providerId":"%s","volume":"2","validFrom":"2026-12-01","validUntil":"2026-12-28"}"""
				.formatted(product, provider), "\"0\"", 200);
		call(mvc, professional, "/api/v1/allocation/arrangements/" + arrangement + "/agreement", "{}", "\"1\"", 200);
		var decided = call(mvc, professional, "/api/v1/allocation/arrangements/" + arrangement + "/decision",
				"{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\"}", "\"2\"", 201);
		int number = JsonPath.read(decided, "$.allocations[0].number");
		return new MessagingWorld(world, providerUser, otherUser, admin, professional, number);
	}

	static MockHttpServletRequestBuilder as(CurrentUser user, MockHttpServletRequestBuilder request) {
		return request.with(TestFixtures.api(user));
	}

	private static String id(MockMvc mvc, CurrentUser user, String path, String body, int expected) throws Exception {
		String json = call(mvc, user, path, body, null, expected);
		return JsonPath.read(json, "$.id");
	}

	private static String call(MockMvc mvc, CurrentUser user, String path, String body, String ifMatch, int expected)
			throws Exception {
		var request = post(path).contentType(MediaType.APPLICATION_JSON).content(body);
		if (ifMatch != null) {
			request = request.header("If-Match", ifMatch);
		}
		return mvc.perform(as(user, request)).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
	}

	/** The standard's example JW305 for this world: its municipality, allocation and product; one start. */
	String start(String identification, String startDate) {
		var xml = IjwReference.example("JW305");
		xml = xml.replaceAll("(?s)<jw305:StartProduct>\\s*<jw305:ToewijzingNummer>300202.*?</jw305:StartProduct>", "");
		return adapt(xml, identification).replace("<jw305:Begindatum>2026-04-03</jw305:Begindatum>",
				"<jw305:Begindatum>" + startDate + "</jw305:Begindatum>");
	}

	/** The standard's example JW307 for this world: one stop with a JZ588 reason. */
	String stop(String identification, String startDate, String endDate, String reason) {
		var xml = IjwReference.example("JW307");
		xml = xml.replaceAll("(?s)<jw307:StopProduct>\\s*<jw307:ToewijzingNummer>300202.*?</jw307:StopProduct>", "");
		return adapt(xml, identification).replace("<jw307:Begindatum>2026-04-03</jw307:Begindatum>",
				"<jw307:Begindatum>" + startDate + "</jw307:Begindatum>")
				.replace("<jw307:Einddatum>2026-07-17</jw307:Einddatum>", "<jw307:Einddatum>" + endDate + "</jw307:Einddatum>")
				.replace("<jw307:RedenBeeindiging>31</jw307:RedenBeeindiging>", "<jw307:RedenBeeindiging>" + reason + "</jw307:RedenBeeindiging>");
	}

	private String adapt(String xml, String identification) {
		return xml.replace(">0363<", ">" + world.municipality().value() + "<")
				.replace("<ijw:Identificatie>123456789012</ijw:Identificatie>", "<ijw:Identificatie>" + identification + "</ijw:Identificatie>")
				.replace("ToewijzingNummer>300201<", "ToewijzingNummer>" + allocationNumber + "<")
				.replace("<ijw:Categorie>55</ijw:Categorie>", "<ijw:Categorie>45</ijw:Categorie>")
				.replace("<ijw:Code>55A11</ijw:Code>", "<ijw:Code>45A01</ijw:Code>")
				.replace("2026-04-01", "2026-12-01");
	}
}
