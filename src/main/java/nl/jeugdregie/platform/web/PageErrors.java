package nl.jeugdregie.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal a page controller throws (not found, no access, a value of the wrong type in a form or link) becomes the
 * Dutch error page with a way back ({@link ErrorPages}), also for a browser whose Accept header ends in
 * {@code *}{@code /*}: without this, Spring's problem details answered such a browser with JSON (found by the UI
 * form fuzz harness, issue 19 item 3). The API under {@code /api} keeps its problem+json.
 */
@Component
class PageErrors implements HandlerExceptionResolver, Ordered {

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception failure) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return null;
		}
		int status;
		if (failure instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
			status = refusal.getStatusCode().value();
		} else if (failure instanceof TypeMismatchException || failure instanceof HttpMessageNotReadableException) {
			status = HttpServletResponse.SC_BAD_REQUEST;
		} else {
			return null;
		}
		try {
			response.sendError(status);
		} catch (IOException e) {
			return null;
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}
}
