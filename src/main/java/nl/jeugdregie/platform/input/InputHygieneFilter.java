package nl.jeugdregie.platform.input;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.platform.web.Problems;
import nl.jeugdregie.platform.web.CachedBodyRequest;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses every request with a forbidden character ({@link InputHygiene}) in a parameter or in a JSON string
 * before any controller runs, so no module has to remember it. It runs after Spring Security (order 0 &gt; -100),
 * so an anonymous or wrongly-roled caller still gets 401/403 first. The API answers 400 problem+json with the
 * field in the usual {@code errors} array; the UI answers a Dutch 400 page naming the field, because a generic
 * filter cannot put the error next to the field of each form.
 */
@Component
@Order(0)
class InputHygieneFilter extends OncePerRequestFilter {

	private final JsonMapper json;

	InputHygieneFilter(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		var unclean = new ArrayList<>(parameters(request));
		var forwarded = request;
		if (isJson(request)) {
			var body = request.getInputStream().readAllBytes();
			unclean.addAll(jsonFields(body));
			forwarded = new CachedBodyRequest(request, body);
		}
		if (unclean.isEmpty()) {
			chain.doFilter(forwarded, response);
		} else if (api) {
			refuseApi(response, unclean);
		} else {
			refusePage(response, unclean);
		}
	}

	private static List<String> parameters(HttpServletRequest request) {
		try {
			return InputHygiene.uncleanParameters(request.getParameterMap());
		} catch (IllegalStateException | IllegalArgumentException e) {
			// An unparseable query or form: Spring refuses it later with its own 400.
			return List.of();
		}
	}

	private List<String> jsonFields(byte[] body) {
		if (body.length == 0) {
			return List.of();
		}
		try {
			return InputHygiene.uncleanFields(json.readTree(body));
		} catch (JacksonException e) {
			// Not JSON at all: the message converter refuses it with "Onleesbaar verzoek".
			return List.of();
		}
	}

	private static boolean isJson(HttpServletRequest request) {
		var type = request.getContentType();
		if (type == null) {
			return false;
		}
		try {
			var media = MediaType.parseMediaType(type);
			return media.isCompatibleWith(MediaType.APPLICATION_JSON) || media.getSubtype().endsWith("+json");
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	private void refuseApi(HttpServletResponse response, List<String> fields) throws IOException {
		var problem = Problems.invalid(fields.stream().map(f -> new Problems.FieldProblem(f, InputHygiene.MESSAGE)).toList());
		response.setStatus(problem.getStatusCode().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		json.writeValue(response.getOutputStream(), problem.getBody());
	}

	private static void refusePage(HttpServletResponse response, List<String> fields) throws IOException {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		var items = new StringBuilder();
		fields.forEach(f -> items.append("<li>").append(HtmlUtils.htmlEscape(f)).append("</li>"));
		response.getWriter().write("""
				<!DOCTYPE html>
				<html lang="nl" class="utrecht-theme">
				<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Fout: ongeldige invoer – Jeugdregie</title>
				<link rel="stylesheet" href="/assets/utrecht-tokens.css"><link rel="stylesheet" href="/assets/utrecht-components.css">
				<link rel="stylesheet" href="/css/app.css"></head>
				<body class="utrecht-document utrecht-page-layout jr-page">
				<main id="inhoud">
				<h1 class="utrecht-heading-1">Ongeldige invoer</h1>
				<p class="utrecht-paragraph">Er is niets opgeslagen. Een veld bevat een teken dat niet is toegestaan,
				bijvoorbeeld een onzichtbaar teken uit een ander programma. Het gaat om:</p>
				<ul class="utrecht-unordered-list">%s</ul>
				<p class="utrecht-paragraph">Ga terug, haal het teken weg en probeer het opnieuw.</p>
				<p class="utrecht-paragraph"><a class="utrecht-link" href="/">Naar de startpagina</a></p>
				</main>
				</body>
				</html>
				""".formatted(items));
	}

	/** The request with its already-read body, so the message converter can read it again. */
}
