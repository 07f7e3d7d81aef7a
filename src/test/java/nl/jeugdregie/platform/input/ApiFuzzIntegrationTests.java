package nl.jeugdregie.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzzes every write endpoint of the REST API, derived from the generated OpenAPI document: for each request
 * body property bad values (control characters, lone surrogates, huge strings, wrong JSON types, impossible
 * dates, extreme numbers, missing fields, nested junk) sent as each writing role. No answer may be a 5xx, every
 * refusal is problem+json, a refused request saves nothing and the audit chain stays intact.
 * Deterministic (seeded); {@code -Dfuzz.requests} raises the budget (see bench/run-fuzz.sh).
 */
@IntegrationTest
class ApiFuzzIntegrationTests {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired UserDetailsService details;
	@Autowired JsonMapper json;

	record Operation(HttpMethod method, String path, JsonNode spec) {}

	@Test
	void noBadInputToAnyWriteEndpointAnswers5xxOrSavesHalfOrBreaksTheAuditChain() throws Exception {
		var world = fixtures.newWorld();
		var writers = FuzzGround.writers(fixtures, world, details);
		var ids = FuzzGround.seed(mvc, json, writers.get(Role.YOUTH_PROFESSIONAL));
		var admin = writers.get(Role.ADMINISTRATOR);
		var docs = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		var operations = writeOperations(docs);
		assertThat(operations).hasSizeGreaterThan(20);
		var counts = new FuzzGround.RowCounts(jdbc);
		var random = new Random(FuzzGround.SEED);
		var failures = new LinkedHashSet<String>();
		var statuses = new java.util.TreeMap<Integer, Integer>();
		var roles = List.copyOf(writers.values());
		var before = counts.now();
		var auditBefore = verification(admin);

		for (var i = 0; i < FuzzGround.REQUESTS; i++) {
			var operation = operations.get(i % operations.size());
			var who = FuzzGround.pick(random, roles);
			var path = path(operation, ids, random);
			var builder = request(operation.method, URI.create(path)).with(who).accept(MediaType.APPLICATION_JSON);
			var body = body(docs, operation, random);
			var description = operation.method + " " + operation.path;
			if (body != null) {
				builder.contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
			}
			var response = mvc.perform(builder).andReturn().getResponse();
			var status = response.getStatus();
			statuses.merge(status, 1, Integer::sum);
			if (status >= 500) {
				failures.add(description + " answered " + status + " to " + abbreviate(body));
			} else if (status >= 400 && !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(contentType(response.getContentType()))) {
				failures.add(description + " refused with " + status + " as " + response.getContentType());
			}
			var after = counts.now();
			if (status >= 300 && !after.equals(before)) {
				failures.add(description + " answered " + status + " but changed " + FuzzGround.RowCounts.difference(before, after)
						+ " for " + abbreviate(body));
			}
			before = after;
			if (failures.size() > 60) {
				break;
			}
		}

		var auditAfter = verification(admin);
		assertThat(auditAfter.get("intact").asBoolean()).as(auditAfter.toString()).isTrue();
		assertThat(auditAfter.get("rowsChecked").asLong()).isGreaterThanOrEqualTo(auditBefore.get("rowsChecked").asLong());
		assertThat(failures).as("statuses " + statuses).isEmpty();
	}

	private JsonNode verification(RequestPostProcessor admin) throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/audit/verification").with(admin)).andReturn().getResponse()
				.getContentAsString());
	}

	static List<Operation> writeOperations(JsonNode docs) {
		var operations = new ArrayList<Operation>();
		// Paths are relative to the server, which carries the major version (NL API Design Rules).
		var server = docs.get("servers").get(0).get("url").asString();
		for (var path : docs.get("paths").properties()) {
			for (var method : List.of("post", "put", "patch", "delete")) {
				var spec = path.getValue().get(method);
				if (spec != null) {
					operations.add(new Operation(HttpMethod.valueOf(method.toUpperCase()), server + path.getKey(), spec));
				}
			}
		}
		return operations;
	}

	/** Known ids for the resource before each variable, a random one or junk now and then. */
	static String path(Operation operation, Map<String, UUID> ids, Random random) {
		return path(operation, ids, random, true);
	}

	/** As above; without {@code junk} only known or plausible ids and no spoiled query parameters. */
	static String path(Operation operation, Map<String, UUID> ids, Random random, boolean junk) {
		var matcher = PATH_VARIABLE.matcher(operation.path);
		var out = new StringBuilder();
		while (matcher.find()) {
			var name = matcher.group(1);
			var prefix = operation.path.substring(0, matcher.start());
			String value;
			var dice = junk ? random.nextInt(20) : 1;
			if (dice == 0) {
				value = FuzzGround.pick(random, List.of("not-a-uuid", "%00", "%C0%80", "%ED%A0%80", "0", "-1",
						"99999999999999999999", UUID.randomUUID().toString()));
			} else if (prefix.contains("/households/") && name.equals("id")) {
				value = ids.get("households").toString();
			} else if (prefix.contains("/help-requests/") && name.equals("id")) {
				value = ids.get("help-requests").toString();
			} else {
				var schema = parameter(operation.spec, name);
				var values = schema == null ? null : schema.get("enum");
				value = values != null && !values.isEmpty() ? values.get(random.nextInt(values.size())).asString()
						: schema != null && "integer".equals(text(schema, "type")) ? String.valueOf(random.nextInt(3) + 1)
						: schema != null && "string".equals(text(schema, "type")) && !"uuid".equals(text(schema, "format"))
								? "1" : FuzzGround.pick(random, List.copyOf(ids.values())).toString();
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		var uri = UriComponentsBuilder.fromUriString(out.toString());
		var parameters = operation.spec.get("parameters");
		if (parameters != null) {
			for (var parameter : parameters) {
				if (junk && "query".equals(text(parameter, "in")) && random.nextBoolean()) {
					uri.queryParam(text(parameter, "name"), "%00");
				}
			}
		}
		return uri.build().toUriString();
	}

	private static JsonNode parameter(JsonNode spec, String name) {
		var parameters = spec.get("parameters");
		if (parameters != null) {
			for (var parameter : parameters) {
				if (name.equals(text(parameter, "name"))) {
					return parameter.get("schema");
				}
			}
		}
		return null;
	}

	/** A body from the schema with one or more properties spoiled, or plain junk; null when none is expected. */
	private String body(JsonNode docs, Operation operation, Random random) {
		var schema = operation.spec.at("/requestBody/content/application~1json/schema");
		if (schema.isMissingNode()) {
			return random.nextInt(10) == 0 ? FuzzGround.pick(random, FuzzGround.BAD_BODIES) : null;
		}
		var dice = random.nextInt(100);
		if (dice < 8) {
			return FuzzGround.pick(random, FuzzGround.BAD_BODIES);
		}
		var valid = example(docs, schema, "", 0);
		if (dice < 14 || !(valid instanceof ObjectNode object) || object.isEmpty()) {
			return valid.toString();
		}
		var names = new ArrayList<String>();
		object.properties().forEach(p -> names.add(p.getKey()));
		var text = object.toString();
		var spoiled = 1 + (dice < 25 ? random.nextInt(3) : 0);
		var tree = (ObjectNode) json.readTree(text);
		var replacements = new LinkedHashMap<String, String>();
		for (var k = 0; k < spoiled; k++) {
			var name = FuzzGround.pick(random, names);
			if (random.nextInt(8) == 0) {
				tree.remove(name);
			} else {
				var marker = "__fuzz" + k + "__";
				tree.put(name, marker);
				replacements.put("\"" + marker + "\"", FuzzGround.pick(random, FuzzGround.BAD_JSON));
			}
		}
		if (random.nextInt(10) == 0) {
			tree.put("unknownField", "__fuzzx__");
			replacements.put("\"__fuzzx__\"", FuzzGround.pick(random, FuzzGround.BAD_JSON));
		}
		var result = tree.toString();
		for (var replacement : replacements.entrySet()) {
			result = result.replace(replacement.getKey(), replacement.getValue());
		}
		return result;
	}

	/** A plausible value for the schema, so the spoiled property is the only thing wrong. */
	JsonNode example(JsonNode docs, JsonNode schema, String name, int depth) {
		var reference = text(schema, "$ref");
		if (reference != null) {
			return example(docs, docs.at(reference.substring(1)), name, depth);
		}
		// A nullable reference is offered as anyOf [reference, null] (RecordFieldsRequired): take the reference.
		var alternatives = schema.get("anyOf");
		if (alternatives != null) {
			for (var alternative : alternatives) {
				if (!"null".equals(type(alternative))) {
					return example(docs, alternative, name, depth);
				}
			}
		}
		var values = schema.get("enum");
		if (values != null && !values.isEmpty()) {
			return values.get(0);
		}
		var type = type(schema);
		if (type == null && schema.has("properties")) {
			type = "object";
		}
		var format = text(schema, "format");
		return switch (type == null ? "" : type) {
			case "object" -> {
				var node = json.createObjectNode();
				if (depth < 4 && schema.has("properties")) {
					for (var property : schema.get("properties").properties()) {
						node.set(property.getKey(), example(docs, property.getValue(), property.getKey(), depth + 1));
					}
				}
				yield node;
			}
			case "array" -> {
				var node = json.createArrayNode();
				if (depth < 4 && schema.has("items")) {
					node.add(example(docs, schema.get("items"), name, depth + 1));
				}
				yield node;
			}
			case "integer" -> json.getNodeFactory().numberNode(schema.has("minimum") ? schema.get("minimum").asInt() : 1);
			case "number" -> json.getNodeFactory().numberNode(1);
			case "boolean" -> json.getNodeFactory().booleanNode(false);
			case "string" -> json.getNodeFactory().stringNode(
					"date".equals(format) ? "2026-11-16"
							: "date-time".equals(format) ? "2026-11-16T10:00:00Z"
							: "uuid".equals(format) ? UUID.randomUUID().toString()
							: name.toLowerCase().contains("bsn") ? "123456782"
							: "Fuzz tekst voor " + name);
			default -> json.getNodeFactory().nullNode();
		};
	}

	/** The schema's type; of OpenAPI 3.1's list such as ["string", "null"] (a nullable field) the first that is not null. */
	private static String type(JsonNode schema) {
		var type = schema.get("type");
		if (type != null && type.isArray()) {
			for (var element : type) {
				if (!element.asString().equals("null")) {
					return element.asString();
				}
			}
			return null;
		}
		return text(schema, "type");
	}

	private static String text(JsonNode node, String field) {
		var value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static MediaType contentType(String type) {
		return type == null ? MediaType.ALL : MediaType.parseMediaType(type);
	}

	static String abbreviate(String body) {
		if (body == null) {
			return "(no body)";
		}
		var visible = InputHygiene.printable(body);
		return visible.length() > 160 ? visible.substring(0, 160) + "…(" + visible.length() + ")" : visible;
	}
}
