package nl.jeugdregie.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Every error the container hands over – an uncaught exception, a {@code sendError}, a page that does not exist –
 * is a Dutch page with a way back for people and problem+json for the API (issue 19 item 6), never a stack trace
 * or Spring's default body. Opening {@code /error} itself is "Niet gevonden".
 */
@Controller
class ErrorPages implements ErrorController {

	@RequestMapping(value = "/error", produces = "text/html")
	String page(HttpServletRequest request, HttpServletResponse response, Model model) {
		var status = status(request);
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		return "error";
	}

	@RequestMapping("/error")
	@ResponseBody
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		var status = status(request);
		return switch (status) {
			case NOT_FOUND -> Problems.of(status, "niet-gevonden", "Niet gevonden", "Dit onderdeel bestaat niet.");
			case FORBIDDEN -> Problems.of(status, "geen-toegang", "Geen toegang", "Uw rol geeft geen toegang tot dit onderdeel.");
			case METHOD_NOT_ALLOWED -> Problems.of(status, "methode-niet-toegestaan", "Methode niet toegestaan",
					"Dit onderdeel kent deze HTTP-methode niet.");
			default -> status.is4xxClientError()
					? Problems.of(status, "ongeldig-verzoek", "Ongeldig verzoek", "Het verzoek kon niet worden verwerkt.")
					: Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "interne-fout", "Er ging iets mis",
							"Er ging iets mis bij het verwerken van het verzoek. Probeer het later opnieuw.");
		};
	}

	/** The status the container reports; none means someone opened /error directly. */
	private static HttpStatus status(HttpServletRequest request) {
		var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (!(code instanceof Integer value)) {
			return HttpStatus.NOT_FOUND;
		}
		var status = HttpStatus.resolve(value);
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}
}
