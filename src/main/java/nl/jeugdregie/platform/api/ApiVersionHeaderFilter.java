package nl.jeugdregie.platform.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the full API version on every answer of the API, refusals included, so a client can log which version
 * it spoke to. Set before the chain runs, so it is there however the answer ends.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiVersionHeaderFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith(ApiVersion.BASE_PATH + "/") && !path.equals(ApiVersion.BASE_PATH);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(ApiVersion.HEADER, ApiVersion.CURRENT);
		chain.doFilter(request, response);
	}
}
