package nl.jeugdregie.platform.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Adds a one-time token to every form Thymeleaf writes with a method other than GET, next to Spring Security's
 * CSRF token, so a form sent twice has its effect once ({@link IdempotencyFilter}). A form shown again after an
 * error gets a new token, so the corrected form can be sent.
 */
final class IdempotentFormFields implements RequestDataValueProcessor {

	private final RequestDataValueProcessor delegate;

	IdempotentFormFields(RequestDataValueProcessor delegate) {
		this.delegate = delegate;
	}

	@Override
	public String processAction(HttpServletRequest request, String action, String httpMethod) {
		return delegate.processAction(request, action, httpMethod);
	}

	@Override
	public String processFormFieldValue(HttpServletRequest request, @Nullable String name, String value, String type) {
		return delegate.processFormFieldValue(request, name, value, type);
	}

	@Override
	public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
		var fields = new LinkedHashMap<String, String>();
		var delegated = delegate.getExtraHiddenFields(request);
		if (delegated != null) {
			fields.putAll(delegated);
		}
		fields.put(IdempotencyFilter.FORM_FIELD, UUID.randomUUID().toString());
		return fields;
	}

	@Override
	public String processUrl(HttpServletRequest request, String url) {
		return delegate.processUrl(request, url);
	}
}
