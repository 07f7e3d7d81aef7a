package nl.jeugdregie.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the page layout needs on every page: the path of the page, so the main menu can mark where the user is
 * ({@code aria-current="page"}, issue 13 item 10). An error page is marked by the path that failed.
 */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("jrPath")
	String path(HttpServletRequest request) {
		var failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		var path = failed instanceof String uri ? uri : request.getRequestURI();
		var context = request.getContextPath();
		return !context.isEmpty() && path.startsWith(context) ? path.substring(context.length()) : path;
	}
}
