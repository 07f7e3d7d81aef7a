package nl.jeugdregie.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Whether any controller answers a request. Every path without an access rule is denied (deny by default); a
 * signed-in user who asks for a page that does not exist at all gets 404, not 403, so "Niet gevonden" says what
 * happened. Only asked after access was denied, so it costs nothing on allowed requests.
 */
final class KnownPages {

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	KnownPages(ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	boolean exists(HttpServletRequest request) {
		var mapping = mappings.getIfAvailable();
		if (mapping == null) {
			return true;
		}
		try {
			return mapping.getHandler(request) != null;
		}
		catch (Exception wrongMethodOrMediaType) {
			// A path that exists, asked for with another method or media type: access decides, so 403 stays.
			return true;
		}
	}
}
