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
	private static final Set<String> BINARY_MEDIA = Set.of("text/csv", "application/pdf", "application/octet-stream",
			"application/zip");
	private static final Set<String> PRIMITIVES = Set.of("string", "integer", "number", "boolean");

	@Autowired MockMvc mvc;
	@Autowired JsonMapper json;
	@Autowired TestFixtures fixtures;
	@Autowired SchemaNameClashes schemaNames;
	@Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping handlers;

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
	void declaresBasicAuthenticationApiTokensAndOpenIdConnectAsSecuritySchemesOnEveryOperation() {
		var schemes = docs.get("components").get("securitySchemes");
		assertThat(schemes.get("basic").get("scheme").asString()).isEqualTo("basic");
		assertThat(schemes.get("apiToken").get("scheme").asString()).isEqualTo("bearer");
		// ADR 0035: access tokens (JWT) of the municipality's own OpenID Connect provider.
		assertThat(schemes.get("oidc").get("scheme").asString()).isEqualTo("bearer");
		assertThat(schemes.get("oidc").get("bearerFormat").asString()).isEqualTo("JWT");
		assertThat(schemes.get("oidc").get("description").asString()).contains("OpenID Connect");
		assertThat(names(docs.get("security"))).containsExactly("basic", "apiToken", "oidc");
		var wrong = new ArrayList<String>();
		eachOperation((where, operation) -> {
			if (!names(operation.get("security")).equals(List.of("basic", "apiToken", "oidc"))) {
				wrong.add(where + " does not name its security requirement");
			}
		});
		assertThat(wrong).isEmpty();
	}

	/** The NL API Design Rules ask for typed answers: no untyped object where a client needs to know the fields. */
	@Test
	void answersEverySuccessWithATypedSchemaOrABinaryMediaType() {
		var wrong = new ArrayList<String>();
		eachOperation((where, operation) -> {
			for (var response : operation.get("responses").properties()) {
				var status = response.getKey();
				if (!status.startsWith("2")) {
					continue;
				}
				var content = response.getValue().get("content");
				if (status.equals("204") && content != null && !content.isEmpty()) {
					wrong.add(where + " 204 has a body");
				}
				if (content == null || content.isEmpty()) {
					// 200 always carries a body; 201, 202 and 204 may answer with headers only (Location, ETag).
					if (status.equals("200")) {
						wrong.add(where + " 200 declares no body");
					}
					continue;
				}
				for (var media : content.properties()) {
					var schema = media.getValue().get("schema");
					var fine = BINARY_MEDIA.contains(media.getKey()) ? binary(schema) : typed(schema);
					if (!fine) {
						wrong.add(where + " " + status + " " + media.getKey() + " is untyped: " + schema);
					}
				}
			}
		});
		assertThat(wrong).isEmpty();
	}

	/** Every field of a body is either always there (required) or declared nullable: none is left undecided. */
	@Test
	void declaresForEveryFieldOfABodyWhetherItIsRequired() {
		var wrong = new ArrayList<String>();
		for (var schema : docs.get("components").get("schemas").properties()) {
			var properties = schema.getValue().get("properties");
			// The refusals' Problem declares its own required fields (checked below); type and instance may be absent.
			if (properties == null || schema.getKey().equals("Problem")) {
				continue;
			}
			var required = names(schema.getValue().get("required"));
			for (var property : properties.properties()) {
				if (!required.contains(property.getKey()) && !nullable(property.getValue())) {
					wrong.add(schema.getKey() + "." + property.getKey());
				}
			}
		}
		assertThat(wrong).isEmpty();
		var problem = docs.get("components").get("schemas").get("Problem");
		assertThat(names(problem.get("required"))).contains("status", "title", "detail");
	}

	/** Two classes under one schema name would describe one body with the other's fields. */
	@Test
	void namesEveryBodyClassWithItsOwnSchema() {
		assertThat(schemaNames.clashes()).isEmpty();
	}

	@Test
	void givesEveryOperationASummaryAndATagThatIsDeclaredWithADescription() {
		var declared = new java.util.HashMap<String, String>();
		for (var tag : docs.get("tags")) {
			declared.put(tag.get("name").asString(), tag.get("description") == null ? "" : tag.get("description").asString());
		}
		var wrong = new ArrayList<String>();
		eachOperation((where, operation) -> {
			if (operation.get("summary") == null || operation.get("summary").asString().isBlank()) {
				wrong.add(where + " has no summary");
			}
			var tags = names(operation.get("tags"));
			if (tags.isEmpty()) {
				wrong.add(where + " has no tag");
			}
			for (var tag : tags) {
				if (declared.getOrDefault(tag, "").isBlank()) {
					wrong.add(where + " has tag '" + tag + "' without a declared description");
				}
			}
		});
		assertThat(wrong).isEmpty();
	}

	/**
	 * A POST that creates ({@code 201 Created}) declares 201, and a handler that only ever sends one status (such as
	 * {@code 204 No Content}) declares that one, not Spring's default 200. Which statuses a handler sends is read from
	 * its byte code, so a new one cannot slip through.
	 */
	@Test
	void declaresTheStatusesTheHandlersSendForCreatedAndNoContent() throws Exception {
		var wrong = new ArrayList<String>();
		for (var entry : handlers.getHandlerMethods().entrySet()) {
			var sends = SentStatuses.of(entry.getValue().getMethod());
			if (sends.isEmpty()) {
				continue;
			}
			for (var pattern : entry.getKey().getPatternValues()) {
				if (!pattern.startsWith(ApiVersion.BASE_PATH + "/")) {
					continue;
				}
				var path = docs.get("paths").get(pattern.substring(ApiVersion.BASE_PATH.length()));
				for (var method : entry.getKey().getMethodsCondition().getMethods()) {
					var operation = path == null ? null : path.get(method.name().toLowerCase());
					var where = method + " " + pattern + " (" + entry.getValue().getMethod().getName() + ")";
					if (operation == null) {
						wrong.add(where + " is not in the document");
						continue;
					}
					var responses = operation.get("responses");
					if (method.name().equals("POST") && sends.contains("201") && responses.get("201") == null) {
						wrong.add(where + " creates (201) but does not declare it");
					}
					if (sends.size() == 1 && responses.get(sends.iterator().next()) == null) {
						wrong.add(where + " sends " + sends + " but does not declare it");
					}
					if (sends.size() == 1 && !sends.contains("200") && responses.get("200") != null) {
						wrong.add(where + " declares 200 but sends only " + sends);
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
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

	private void eachOperation(java.util.function.BiConsumer<String, JsonNode> check) {
		for (var path : docs.get("paths").properties()) {
			for (var operation : path.getValue().properties()) {
				if (METHODS.contains(operation.getKey())) {
					check.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
				}
			}
		}
	}

	/** The texts of an array, or the first key of each object in it (as in a list of security requirements). */
	private static List<String> names(JsonNode node) {
		var names = new ArrayList<String>();
		if (node != null) {
			for (var element : node) {
				names.add(element.isObject() ? element.propertyNames().iterator().next() : element.asString());
			}
		}
		return names;
	}

	private static List<String> types(JsonNode schema) {
		var type = schema.get("type");
		if (type == null) {
			return List.of();
		}
		return type.isArray() ? names(type) : List.of(type.asString());
	}

	/** A reference to a named schema, a primitive, or an array (or map) of those; a bare object is not typed. */
	private static boolean typed(JsonNode schema) {
		if (schema == null) {
			return false;
		}
		if (schema.get("$ref") != null) {
			return true;
		}
		var types = types(schema).stream().filter(type -> !type.equals("null")).toList();
		if (types.size() != 1) {
			return false;
		}
		return PRIMITIVES.contains(types.getFirst()) || types.getFirst().equals("array") && typed(schema.get("items"));
	}

	private static boolean binary(JsonNode schema) {
		return schema != null && types(schema).equals(List.of("string")) && schema.get("format") != null
				&& schema.get("format").asString().equals("binary");
	}

	private static boolean nullable(JsonNode property) {
		if (types(property).contains("null") || property.has("nullable") && property.get("nullable").asBoolean()) {
			return true;
		}
		for (var alternatives : List.of("anyOf", "oneOf")) {
			if (property.get(alternatives) != null) {
				for (var alternative : property.get(alternatives)) {
					if (types(alternative).contains("null")) {
						return true;
					}
				}
			}
		}
		return false;
	}
}
