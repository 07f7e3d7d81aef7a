package nl.jeugdregie.platform.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document as the NL API Design Rules ask: a title, description, semantic version and contact;
 * the server with the major version in its URI and paths relative to it; the security schemes (HTTP Basic
 * for people, API tokens for systems); every operation declaring its refusals as problem+json and its
 * successful answers the {@code API-Version} header. Written once here, so no controller has to repeat it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String BASIC = "basic";
	static final String TOKEN = "apiToken";
	static final String OIDC = "oidc";
	private static final String PROBLEM_JSON = "application/problem+json";
	private static final String JSON = "application/json";
	private static final String PROBLEM_SCHEMA = "Problem";

	private static final Map<String, String> REFUSALS = refusals();

	@Bean
	OpenAPI jeugdregieApi() {
		return new OpenAPI()
				.info(new Info().title("Jeugdregie API")
						.description("""
								De REST API van Jeugdregie: hulpvragen en hun normklokken, gezinnen en hun plannen, \
								monitoring, rapportages en sturing van een gemeente en haar Centrum Jeugd en Gezin. \
								Fouten zijn RFC 9457 problem+json met een Nederlandse toelichting; wijzigingen mogen \
								een Idempotency-Key meesturen.""")
						.version(ApiVersion.CURRENT)
						.contact(new Contact().name("Jeugdregie").email("beheer@jeugdregie.nl")
								.url("https://jeugdregie.nl"))
						.license(new License().name("EUPL-1.2").url("https://eupl.eu/1.2/nl/")))
				.servers(java.util.List.of(new Server().url(ApiVersion.BASE_PATH)
						.description("Deze installatie, versie 1 van de API")))
				.components(new Components()
						.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
								.description("Gebruikersnaam en wachtwoord van een medewerker (ADR 0020: begrensd per adres)."))
						.addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
								.bearerFormat("jr_<id>_<geheim>")
								.description("API-sleutel die de applicatiebeheerder uitgeeft voor een systeem."))
						.addSecuritySchemes(OIDC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
								.bearerFormat("JWT")
								.description("""
										OpenID Connect: een access token (JWT) van de inlogdienst van de eigen gemeente \
										(ADR 0035), ook client credentials voor een systeem. Het token is ondertekend door \
										een vertrouwde uitgever, geldig en heeft de client id van de gemeente in aud of azp. \
										Welke inlogdienst dat is, stelt de applicatiebeheerder per gemeente in; daarom staat \
										hier geen vaste discovery-URL.""")))
				.security(everyScheme());
	}

	/** Each scheme on its own is enough: a person's password, a product API token, or the provider's token. */
	private static java.util.List<SecurityRequirement> everyScheme() {
		return java.util.List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(TOKEN),
				new SecurityRequirement().addList(OIDC));
	}

	/**
	 * Paths relative to the server, problem responses, the version header and the security requirement on every
	 * operation.
	 */
	@Bean
	OpenApiCustomizer nlApiDesignRules() {
		return api -> {
			var relative = new Paths();
			if (api.getPaths() != null) {
				api.getPaths().forEach((path, item) -> {
					item.readOperations().forEach(ApiDocumentation::declareAnswers);
					item.readOperations().stream().filter(operation -> operation.getSecurity() == null)
							.forEach(operation -> operation.setSecurity(everyScheme()));
					relative.addPathItem(relative(path), item);
				});
			}
			api.setPaths(relative);
			// Added here rather than on the bean: springdoc replaces the bean's schemas with the scanned ones.
			api.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
			withoutSpringsProblemDetail(api);
			api.setServers(java.util.List.of(new Server().url(ApiVersion.BASE_PATH)
					.description("Deze installatie, versie 1 van de API")));
		};
	}

	/**
	 * Spring's {@code ProblemDetail} is scanned from handlers typed {@code ResponseEntity<ProblemDetail>}; every refusal
	 * is declared with {@code Problem}, so it is dropped when nothing refers to it any more.
	 */
	private static void withoutSpringsProblemDetail(io.swagger.v3.oas.models.OpenAPI api) {
		var schemas = api.getComponents().getSchemas();
		if (schemas != null && schemas.containsKey("ProblemDetail")
				&& !io.swagger.v3.core.util.Json.pretty(api.getPaths()).contains("/ProblemDetail\"")) {
			schemas.remove("ProblemDetail");
		}
	}

	private static String relative(String path) {
		return path.startsWith(ApiVersion.BASE_PATH) ? path.substring(ApiVersion.BASE_PATH.length()) : path;
	}

	private static void declareAnswers(Operation operation) {
		var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		responses.forEach((status, response) -> {
			if (status.equals("204")) {
				// No Content: Spring's guess from a ResponseEntity<?> handler is an untyped object; there is no body.
				response.setContent(null);
			}
			if (status.startsWith("2") || status.startsWith("3")) {
				response.addHeaderObject(ApiVersion.HEADER, new Header().description("De volledige versie van de API.")
						.schema(new StringSchema().example(ApiVersion.CURRENT)));
				jsonInsteadOfAnything(response);
			}
			else if (status.startsWith("4") || status.startsWith("5")) {
				response.setContent(problemContent());
			}
		});
		REFUSALS.forEach((status, description) -> {
			if (!responses.containsKey(status)) {
				responses.addApiResponse(status, new ApiResponse().description(description).content(problemContent()));
			}
		});
		operation.setResponses(responses);
	}

	/** Spring's default {@code *}/{@code *} for a handler without {@code produces}: the API answers JSON. */
	private static void jsonInsteadOfAnything(ApiResponse response) {
		var content = response.getContent();
		if (content != null && content.containsKey("*/*")) {
			var any = content.remove("*/*");
			content.addMediaType(JSON, any);
		}
	}

	private static Content problemContent() {
		return new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		return new ObjectSchema().description("RFC 9457 problem details met een Nederlandse toelichting.")
				.addProperty("type", new StringSchema().format("uri"))
				.addProperty("title", new StringSchema())
				.addProperty("status", new IntegerSchema())
				.addProperty("detail", new StringSchema())
				.addProperty("instance", new StringSchema().format("uri"))
				.required(java.util.List.of("status", "title", "detail"));
	}

	private static Map<String, String> refusals() {
		var refusals = new LinkedHashMap<String, String>();
		refusals.put("400", "Ongeldige invoer; de velden en hun fouten staan in errors.");
		refusals.put("401", "Niet ingelogd of een ongeldige API-sleutel.");
		refusals.put("403", "Geen toegang voor deze rol.");
		refusals.put("404", "Niet gevonden, of niet zichtbaar voor deze gebruiker.");
		refusals.put("429", "Te veel pogingen; probeer het na Retry-After opnieuw.");
		refusals.put("500", "Onverwachte fout; er is niets opgeslagen.");
		return refusals;
	}
}
