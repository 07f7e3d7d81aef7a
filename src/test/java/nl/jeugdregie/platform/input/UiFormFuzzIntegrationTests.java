package nl.jeugdregie.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.RequestDispatcher;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19 item 3, UI part: fuzzes every form of the UI. The forms are found in the application itself: every POST
 * mapping of a page controller (not {@code /api}), with the fields its form object binds (bean properties, one level
 * of nested rows) and its request parameters. Each request is a plausible form with one or more fields spoiled
 * (control characters, lone surrogates, huge strings, impossible dates, wrong types) or left out, sent by a logged-in
 * user of a rotating role with the CSRF token and a fresh one-time form token. No answer may be a 5xx; every refusal
 * is a Dutch page (an error summary under a "Fout:" title, or the error page) or a redirect; a refused form saves
 * nothing (row counts) and the audit chain stays intact. Deterministic (seeded); {@code -Dfuzz.ui.requests} raises
 * the budget (bench/run-ui-fuzz.sh).
 */
@IntegrationTest
class UiFormFuzzIntegrationTests {

	static final int REQUESTS = Integer.getInteger("fuzz.ui.requests", 1_000);
	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
	private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
	private static final List<Role> ROLES = List.of(Role.YOUTH_PROFESSIONAL, Role.TEAM_LEAD, Role.BEHAVIOURAL_EXPERT,
			Role.POLICY_OFFICER, Role.ADMINISTRATOR, Role.PROVIDER);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired UserDetailsService details;
	@Autowired JsonMapper json;
	@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

	/** One form: where it posts and the fields it binds, each with a plausible value. */
	record Form(String path, Map<String, Class<?>> fields, String handler) {}

	@Test
	@DisplayName("Issue 19 item 3: no bad input to any UI form answers 5xx, refuses without a Dutch page or saves half")
	void noBadInputToAnyFormAnswers5xxOrSavesHalfOrBreaksTheAuditChain() throws Exception {
		var world = fixtures.newWorld();
		var sessions = new ArrayList<MockHttpSession>();
		for (var role : ROLES) {
			sessions.add(TestFixtures.login(mvc, fixtures.user(role, world.municipality(),
					role.worksOnCases() ? world.team() : null)));
		}
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var ids = FuzzGround.seed(mvc, json, user(details.loadUserByUsername(professional.username())));
		var admin = user(details.loadUserByUsername(
				fixtures.user(Role.ADMINISTRATOR, world.municipality(), null).username()));
		var forms = forms();
		assertThat(forms).as("the UI's forms").hasSizeGreaterThan(50);
		var counts = new FuzzGround.RowCounts(jdbc);
		var random = new Random(FuzzGround.SEED);
		var failures = new LinkedHashSet<String>();
		var statuses = new TreeMap<Integer, Integer>();
		var before = counts.now();
		var auditBefore = verification(admin);

		for (var i = 0; i < REQUESTS && failures.size() <= 60; i++) {
			var form = forms.get(i % forms.size());
			var session = sessions.get(random.nextInt(sessions.size()));
			var path = path(form.path(), ids, random);
			var values = values(form, random, ids);
			// What a browser sends: an HTML form, preferring HTML back.
			var request = post(path).session(session).with(csrf()).header("Accept", BROWSER_ACCEPT)
					.contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.param("_idempotency", UUID.randomUUID().toString());
			values.forEach(request::param);
			var response = mvc.perform(request).andReturn().getResponse();
			var status = response.getStatus();
			statuses.merge(status, 1, Integer::sum);
			var description = "POST " + form.path() + " (" + form.handler() + ")";
			var html = status >= 300 && status < 400 ? "" : response.getContentAsString();
			if (status >= 400 && html.isEmpty()) {
				// sendError: the servlet container shows /error (ErrorPages) with the status; MockMvc does not.
				html = mvc.perform(get("/error").session(session).accept(MediaType.TEXT_HTML)
						.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)).andReturn().getResponse()
						.getContentAsString();
			}
			var title = title(html);
			var summary = html.contains("jr-error-summary");
			var refused = status >= 400 || summary;
			if (status >= 500) {
				failures.add(description + " answered " + status + " to " + shown(values));
			} else if (summary && !title.startsWith("Fout:")) {
				failures.add(description + " showed errors under the title '" + title + "'");
			} else if (status >= 400 && (!html.contains("lang=\"nl\"") || title.isEmpty())) {
				failures.add(description + " refused with " + status + " without a Dutch page: "
						+ ApiFuzzIntegrationTests.abbreviate(html));
			}
			var after = counts.now();
			if (refused && !after.equals(before)) {
				failures.add(description + " refused (" + status + ") but changed "
						+ FuzzGround.RowCounts.difference(before, after) + " for " + shown(values));
			}
			before = after;
		}

		var auditAfter = verification(admin);
		assertThat(auditAfter.get("intact").asBoolean()).as(auditAfter.toString()).isTrue();
		assertThat(failures).as("statuses " + statuses).isEmpty();
	}

	/** Every POST mapping of a page controller with the fields it binds. */
	List<Form> forms() {
		var forms = new ArrayList<Form>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				return;
			}
			for (var pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api") || pattern.equals("/error") || pattern.equals("/inloggen")
						|| pattern.equals("/uitloggen")) {
					continue;
				}
				forms.add(new Form(pattern, fields(method), method.getBeanType().getSimpleName() + "."
						+ method.getMethod().getName()));
			}
		});
		forms.sort(java.util.Comparator.comparing(Form::path).thenComparing(Form::handler));
		return forms;
	}

	private static Map<String, Class<?>> fields(HandlerMethod method) {
		var fields = new LinkedHashMap<String, Class<?>>();
		for (var parameter : method.getMethodParameters()) {
			var type = parameter.getParameterType();
			if (parameter.hasParameterAnnotation(PathVariable.class) || BindingResult.class.isAssignableFrom(type)
					|| type.getName().startsWith("org.springframework") || type.getName().startsWith("jakarta")
					|| type.getName().startsWith("java.security") || type.getSimpleName().equals("CurrentUser")) {
				continue;
			}
			var requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null || BeanUtils.isSimpleProperty(type)) {
				if (Map.class.isAssignableFrom(type)) {
					fields.put("vrij", String.class);
					continue;
				}
				var name = requestParam != null && !requestParam.name().isEmpty() ? requestParam.name()
						: parameter.getParameterName();
				if (name != null) {
					fields.put(name, elementType(parameter));
				}
			} else if (parameter.hasParameterAnnotation(ModelAttribute.class) || !type.isInterface()) {
				properties("", type, fields, 0);
			}
		}
		return fields;
	}

	private static Class<?> elementType(MethodParameter parameter) {
		if (Collection.class.isAssignableFrom(parameter.getParameterType())
				&& parameter.getGenericParameterType() instanceof ParameterizedType generic
				&& generic.getActualTypeArguments()[0] instanceof Class<?> element) {
			return element;
		}
		return parameter.getParameterType();
	}

	/** The bean properties a form object binds; a list of rows as its first two rows. */
	private static void properties(String prefix, Class<?> type, Map<String, Class<?>> fields, int depth) {
		for (var property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() == null) {
				continue;
			}
			var propertyType = property.getPropertyType();
			var name = prefix + property.getName();
			if (BeanUtils.isSimpleProperty(propertyType)) {
				fields.put(name, propertyType);
			} else if (Collection.class.isAssignableFrom(propertyType)) {
				var element = element(property.getWriteMethod().getGenericParameterTypes()[0]);
				if (element == null || BeanUtils.isSimpleProperty(element)) {
					fields.put(name, element == null ? String.class : element);
				} else if (depth == 0) {
					properties(name + "[0].", element, fields, depth + 1);
					properties(name + "[1].", element, fields, depth + 1);
				}
			} else if (depth == 0 && !propertyType.isInterface() && !propertyType.getName().startsWith("java")) {
				properties(name + ".", propertyType, fields, depth + 1);
			}
		}
	}

	private static Class<?> element(Type type) {
		return type instanceof ParameterizedType generic && generic.getActualTypeArguments()[0] instanceof Class<?> c
				? c : null;
	}

	/** The form's path with the seeded help request or household where one fits, otherwise a random id or junk. */
	private static String path(String pattern, Map<String, UUID> ids, Random random) {
		var matcher = PATH_VARIABLE.matcher(pattern);
		var out = new StringBuilder();
		while (matcher.find()) {
			var prefix = pattern.substring(0, matcher.start());
			String value;
			if (random.nextInt(25) == 0) {
				value = FuzzGround.pick(random, List.of("niet-een-id", "%00", "0", "-1", "99999999999999999999"));
			} else if (prefix.startsWith("/hulpvragen/")) {
				value = ids.get("help-requests").toString();
			} else if (prefix.startsWith("/gezinnen/")) {
				value = ids.get("households").toString();
			} else {
				value = random.nextBoolean() ? "1" : FuzzGround.pick(random, List.copyOf(ids.values())).toString();
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/** A plausible value for every field, then one to three spoiled or left out (or the whole form empty). */
	private static Map<String, String> values(Form form, Random random, Map<String, UUID> ids) {
		var values = new LinkedHashMap<String, String>();
		form.fields().forEach((name, type) -> values.put(name, plausible(type, ids)));
		var dice = random.nextInt(100);
		if (dice < 5 || values.isEmpty()) {
			values.clear();
			if (dice < 3) {
				values.put("onbekendVeld", FuzzGround.pick(random, FuzzGround.BAD_TEXTS));
			}
			return values;
		}
		if (dice < 12) {
			return values;
		}
		var names = List.copyOf(values.keySet());
		var spoiled = 1 + (dice < 30 ? random.nextInt(3) : 0);
		for (var k = 0; k < spoiled; k++) {
			var name = FuzzGround.pick(random, names);
			if (random.nextInt(8) == 0) {
				values.remove(name);
			} else {
				values.put(name, FuzzGround.pick(random, FuzzGround.BAD_TEXTS));
			}
		}
		return values;
	}

	private static String plausible(Class<?> type, Map<String, UUID> ids) {
		if (type.isEnum()) {
			return ((Enum<?>) type.getEnumConstants()[0]).name();
		}
		if (type == LocalDate.class) {
			return "2026-11-16";
		}
		if (type == YearMonth.class) {
			return "2026-10";
		}
		if (type == Year.class) {
			return "2026";
		}
		if (type == LocalTime.class) {
			return "10:00";
		}
		if (type == UUID.class) {
			return ids.get("help-requests").toString();
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true";
		}
		if (type.isPrimitive() || Number.class.isAssignableFrom(type) || type == BigDecimal.class) {
			return "1";
		}
		return "Fuzz tekst";
	}

	private static String title(String html) {
		var matcher = TITLE.matcher(html);
		return matcher.find() ? matcher.group(1).strip() : "";
	}

	private static String shown(Map<String, String> values) {
		var text = new StringBuilder();
		values.forEach((name, value) -> text.append(name).append('=').append(ApiFuzzIntegrationTests.abbreviate(value))
				.append(' '));
		return text.length() > 300 ? text.substring(0, 300) + "…" : text.toString();
	}

	private tools.jackson.databind.JsonNode verification(
			org.springframework.test.web.servlet.request.RequestPostProcessor admin) throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/audit/verification").with(admin)).andReturn().getResponse()
				.getContentAsString());
	}
}
