package nl.jeugdregie.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * GOV.UK's error pattern for every form in one place (issue 19 item 3): a form shown again with its error summary
 * ({@code fragments/forms :: summary}, class {@value #SUMMARY}) gets "Fout: " before its title, so a screen reader
 * announces the error first. Templates that already say so are left alone. Only posted pages are looked at (a form
 * is shown again with errors after a POST), so downloads and ordinary pages pass through unbuffered.
 */
@Component
@Order(1)
class FormErrorTitles extends OncePerRequestFilter {

	static final String SUMMARY = "jr-error-summary";
	private static final Pattern TITLE = Pattern.compile("<title>(?!Fout:)");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !HttpMethod.POST.matches(request.getMethod()) || request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		var type = wrapper.getContentType();
		if (type != null && type.startsWith("text/html")) {
			var html = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
			if (html.contains(SUMMARY)) {
				var titled = TITLE.matcher(html).replaceFirst("<title>Fout: ");
				if (!titled.equals(html)) {
					wrapper.resetBuffer();
					wrapper.getOutputStream().write(titled.getBytes(StandardCharsets.UTF_8));
				}
			}
		}
		wrapper.copyBodyToResponse();
	}
}
