package nl.jeugdregie.messaging.internal.requests;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.allocation.Applications;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.messaging.IjwReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A municipality with a provider (AGB 65656055, as in the standard's JW317 example), a second provider, their accounts,
 * and one decided allocation of product 45A01 (December 2026) to the young person with BSN 999900006, set up through
 * the REST API; the standard's JW315/JW317/JW320 examples adapted to it.
 */
record RequestWorld(TestFixtures.World world, CurrentUser provider, CurrentUser otherProvider, CurrentUser admin,
		CurrentUser professional, CurrentUser keeper, long allocationNumber) {

	static final String AGB = "65656055";
	static final String OTHER_AGB = "98000012";

	static RequestWorld create(MockMvc mvc, TestFixtures fixtures, Applications applications) throws Exception {
		var world = fixtures.newWorld();
		var keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var providerUser = fixtures.user(Role.PROVIDER, world.municipality(), null);
		var otherUser = fixtures.user(Role.PROVIDER, world.municipality(), null);
		var product = id(mvc, keeper, "/api/v1/allocation/products", """
				{"category":"45","code":"45A01","name":"Ambulante begeleiding","unit":"04","frequency":"2"}""");
		var provider = id(mvc, keeper, "/api/v1/allocation/providers", "{\"name\":\"Zorggroep\",\"agbCode\":\"" + AGB + "\"}");
		var other = id(mvc, keeper, "/api/v1/allocation/providers", "{\"name\":\"Ander\",\"agbCode\":\"" + OTHER_AGB + "\"}");
		var contract = id(mvc, keeper, "/api/v1/allocation/providers/" + provider + "/contracts", """
				{"productIds":["%s"],"procurementRoute":"TENDERED","inRegion":true,"bridgingCare":true,
				 "terms":"Artikel 4.","validFrom":"2026-01-01","validUntil":"2027-12-31"}""".formatted(product));
		call(mvc, keeper, "/api/v1/allocation/contracts/" + contract + "/tariffs", """
				{"productId":"%s","amount":"84,50","effectiveFrom":"2026-01-01","effectiveUntil":""}""".formatted(product), null, 201);
		call(mvc, admin, "/api/v1/allocation/providers/" + provider + "/accounts", "{\"username\":\"" + providerUser.username() + "\"}", null, 200);
		call(mvc, admin, "/api/v1/allocation/providers/" + other + "/accounts", "{\"username\":\"" + otherUser.username() + "\"}", null, 200);
		var helpRequest = applications.applied(professional, "999900006");
		var arrangement = id(mvc, professional, "/api/v1/allocation/arrangements", "{\"helpRequestId\":\"" + helpRequest + "\"}");
		call(mvc, professional, "/api/v1/allocation/arrangements/" + arrangement + "/lines", """
				{"productId":"%s","providerId":"%s","volume":"2","validFrom":"2026-12-01","validUntil":"2026-12-28"}"""
				.formatted(product, provider), "\"0\"", 200);
		call(mvc, professional, "/api/v1/allocation/arrangements/" + arrangement + "/agreement", "{}", "\"1\"", 200);
		var decided = call(mvc, professional, "/api/v1/allocation/arrangements/" + arrangement + "/decision",
				"{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\"}", "\"2\"", 201);
		int number = JsonPath.read(decided, "$.allocations[0].number");
		return new RequestWorld(world, providerUser, otherUser, admin, professional, keeper, number);
	}

	String municipality() {
		return world.municipality().value();
	}

	/** The standard's JW315 for this world: two requested products 45A01 and 45A02 with these references. */
	String allocationRequest(String identification, String reference1, String reference2) {
		return IjwReference.example("JW315").replace(">42420001<", ">" + AGB + "<").replace(">0384<", ">" + municipality() + "<")
				.replace("<ijw:Identificatie>123456789012</ijw:Identificatie>", "<ijw:Identificatie>" + identification + "</ijw:Identificatie>")
				.replace(">40A12341234<", ">" + reference1 + "<").replace(">40A12341235<", ">" + reference2 + "<")
				.replace("<ijw:Categorie>55</ijw:Categorie>", "<ijw:Categorie>45</ijw:Categorie>")
				.replace("<ijw:Code>55A11</ijw:Code>", "<ijw:Code>45A01</ijw:Code>")
				.replace("<ijw:Code>55A12</ijw:Code>", "<ijw:Code>45A02</ijw:Code>");
	}

	/** The standard's JW317 for this world: the allocation unchanged, a new 45A03 from 1 November 2026. */
	String changeRequest(String identification, String reference) {
		return IjwReference.example("JW317").replace(">9003<", ">" + reference + "<").replace(">0384<", ">" + municipality() + "<")
				.replace("<ijw:Identificatie>987654321</ijw:Identificatie>", "<ijw:Identificatie>" + identification + "</ijw:Identificatie>")
				.replace("<ijw:Dagtekening>2026-01-02</ijw:Dagtekening>", "<ijw:Dagtekening>2026-11-16</ijw:Dagtekening>")
				.replace("<jw317:ToewijzingNummer>10071</jw317:ToewijzingNummer>",
						"<jw317:ToewijzingNummer>" + allocationNumber + "</jw317:ToewijzingNummer>")
				.replace("<jw317:Einddatum>2024-02-28</jw317:Einddatum>", "<jw317:Einddatum>2027-02-28</jw317:Einddatum>");
	}

	/** The standard's JW320 on the JW319 with this identification, with these codes on the answer. */
	String answerRetour(String answerIdentification, String ownIdentification, String reference, String code) {
		return IjwReference.example("JW320").replace(">9003<", ">" + reference + "<").replace(">0384<", ">" + municipality() + "<")
				.replace("<ijw:Identificatie>876543219</ijw:Identificatie>", "<ijw:Identificatie>" + answerIdentification + "</ijw:Identificatie>")
				.replace("<jw320:IdentificatieRetour>RT321</jw320:IdentificatieRetour>",
						"<jw320:IdentificatieRetour>" + ownIdentification + "</jw320:IdentificatieRetour>")
				.replace("<jw320:RetourCode>9360</jw320:RetourCode>", "<jw320:RetourCode>" + code + "</jw320:RetourCode>");
	}

	private static String id(MockMvc mvc, CurrentUser user, String path, String body) throws Exception {
		String json = call(mvc, user, path, body, null, 201);
		return JsonPath.read(json, "$.id");
	}

	private static String call(MockMvc mvc, CurrentUser user, String path, String body, String ifMatch, int expected)
			throws Exception {
		var request = post(path).contentType(MediaType.APPLICATION_JSON).content(body);
		if (ifMatch != null) {
			request = request.header("If-Match", ifMatch);
		}
		return mvc.perform(request.with(TestFixtures.api(user))).andExpect(status().is(expected)).andReturn().getResponse()
				.getContentAsString();
	}
}
