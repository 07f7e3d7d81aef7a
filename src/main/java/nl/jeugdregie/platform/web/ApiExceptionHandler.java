package nl.jeugdregie.platform.web;

import java.util.ArrayList;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns the errors the REST API can meet into problem+json with a Dutch explanation. Ordered first, so it
 * answers before Spring Boot's own (English) problem-details handler.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
		var errors = new ArrayList<Problems.FieldProblem>();
		e.getBindingResult().getFieldErrors().forEach(error -> errors.add(new Problems.FieldProblem(error.getField(),
				messages.getMessage(error, LocaleContextHolder.getLocale()))));
		e.getBindingResult().getGlobalErrors().forEach(error -> errors.add(new Problems.FieldProblem("",
				messages.getMessage(error, LocaleContextHolder.getLocale()))));
		return Problems.invalid(errors);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
		return Problems.of(HttpStatus.BAD_REQUEST, "onleesbaar-verzoek", "Onleesbaar verzoek",
				"Het verzoek is geen geldige JSON of bevat een waarde van het verkeerde soort.");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
		return Problems.of(HttpStatus.BAD_REQUEST, "ongeldige-parameter", "Ongeldige parameter",
				"De waarde van '" + e.getName() + "' is niet geldig.");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> conflict(OptimisticLockingFailureException e) {
		return Problems.conflict("Iemand anders heeft dit dossier net gewijzigd. Haal het opnieuw op en probeer het nog eens.");
	}
}
