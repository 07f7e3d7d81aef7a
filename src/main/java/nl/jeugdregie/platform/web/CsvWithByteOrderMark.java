package nl.jeugdregie.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every CSV the application sends starts with the UTF-8 byte order mark (issue 13 item 9), so Excel opens it as
 * UTF-8 and shows "ë" and "ï" as they are. The separator is ";" in every CSV writer, as Dutch spreadsheets expect.
 */
@ControllerAdvice
class CsvWithByteOrderMark implements ResponseBodyAdvice<Object> {

	/** The byte order mark, written in UTF-8 as EF BB BF. */
	static final String BOM = "\uFEFF";
	private static final MediaType CSV = new MediaType("text", "csv");

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof String text && CSV.isCompatibleWith(contentType) && !text.startsWith(BOM)) {
			return BOM + text;
		}
		return body;
	}
}
