package nl.jeugdregie.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14 item 6: the generated OpenAPI document follows the NL API Design Rules (Logius), rule by rule, and
 * every answer of the API names its version.
 */
@IntegrationTest
class ApiDesignRulesIntegrationTests {

	private static final Pattern SEMVER = Pattern.compile("^\\d+\\.\\d+\\.\\d+$");
	private static final Pattern KEBAB_SEGMENT = Pattern.compile("^([a-z0-9]+(-[a-z0-9]+)*(\\.(csv|pdf|json))?|\\{[A-Za-z0-9]+})$");
	private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

	@Autowired MockMvc mvc;
	@Autowired JsonMapper json;
	@Autowired TestFixtures fixtures;

	JsonNode docs;

	@BeforeEach
	void readTheDocument() throws Exception {
		var text = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		// Kept for reviewers and external linters (developer.overheid.nl's ADR validator).
		java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), text);
		docs = json.readTree(text);
	}

	@Test
	void describesTheApiWithTitleDescriptionSemanticVersionAndContact() {
		assertThat(docs.get("openapi").asString()).startsWith("3.");
		var info = docs.get("info");
		assertThat(info.get("title").asString()).isEqualTo("Jeugdregie API");
		assertThat(info.get("description").asString()).isNotBlank();
		assertThat(info.get("version").asString()).matches(SEMVER).isEqualTo(ApiVersion.CURRENT);
		var contact = info.get("contact");
		assertThat(List.of(contact.get("name").asString(), contact.get("email").asString(), contact.get("url").asString()))
				.allSatisfy(value -> assertThat(value).isNotBlank());
	}

	@Test
	void putsTheMajorVersionInTheServerUriAndKeepsPathsKebabCaseWithoutTrailingSlash() {
		assertThat(docs.get("servers")).hasSize(1);
		assertThat(docs.get("servers").get(0).get("url").asString()).isEqualTo("/api/v1").endsWith("/v1");
		var wrong = new ArrayList<String>();
		for (var path : docs.get("paths").properties()) {
			var name = path.getKey();
			if (!name.startsWith("/") || name.endsWith("/") || name.startsWith("/api/")) {
				wrong.add(name);
				continue;
			}
			for (var segment : name.substring(1).split("/")) {
				if (!KEBAB_SEGMENT.matcher(segment).matches()) {
					wrong.add(name);
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(docs.get("paths").size()).isGreaterThan(50);
	}

	@Test
	void declaresRefusalsAsProblemJsonAndTheVersionHeaderOnEverySuccessfulAnswer() {
		var wrong = new ArrayList<String>();
		for (var path : docs.get("paths").properties()) {
			for (var operation : path.getValue().properties()) {
				if (!METHODS.contains(operation.getKey())) {
					continue;
				}
				var where = operation.getKey().toUpperCase() + " " + path.getKey();
				var responses = operation.getValue().get("responses");
				var refusals = 0;
				for (var response : responses.properties()) {
					var status = response.getKey();
					var content = response.getValue().get("content");
					if (status.startsWith("2") || status.startsWith("3")) {
						var headers = response.getValue().get("headers");
						if (headers == null || headers.get(ApiVersion.HEADER) == null) {
							wrong.add(where + " " + status + " lacks the API-Version header");
						}
						if (content != null && content.get("*/*") != null) {
							wrong.add(where + " " + status + " answers */*");
						}
					}
					else {
						refusals++;
						if (content == null || content.get("application/problem+json") == null
								|| !content.get("application/problem+json").get("schema").get("$ref").asString()
										.endsWith("/Problem")) {
							wrong.add(where + " " + status + " is not problem+json");
						}
					}
				}
				if (refusals == 0) {
					wrong.add(where + " declares no refusal");
				}
			}
		}
		assertThat(wrong).isEmpty();
		var problem = docs.get("components").get("schemas").get("Problem");
		assertThat(problem.get("required")).extracting(JsonNode::asString).contains("status", "title", "detail");
	}

	@Test
	void declaresBasicAuthenticationAndApiTokensAsSecuritySchemes() {
		var schemes = docs.get("components").get("securitySchemes");
		assertThat(schemes.get("basic").get("scheme").asString()).isEqualTo("basic");
		assertThat(schemes.get("apiToken").get("scheme").asString()).isEqualTo("bearer");
		assertThat(docs.get("security")).hasSize(2);
	}

	@Test
	void namesTheVersionInAHeaderOnEveryAnswerOfTheApiIncludingRefusals() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var ok = mvc.perform(get("/api/v1/worklist").with(TestFixtures.api(professional)))
				.andReturn().getResponse();
		var refused = mvc.perform(get("/api/v1/worklist")).andReturn().getResponse();
		var page = mvc.perform(get("/inloggen")).andReturn().getResponse();

		assertThat(ok.getStatus()).isEqualTo(200);
		assertThat(ok.getHeader(ApiVersion.HEADER)).isEqualTo("1.0.0");
		assertThat(refused.getStatus()).isEqualTo(401);
		assertThat(refused.getHeader(ApiVersion.HEADER)).isEqualTo("1.0.0");
		assertThat(page.getHeader(ApiVersion.HEADER)).isNull();
	}
}
