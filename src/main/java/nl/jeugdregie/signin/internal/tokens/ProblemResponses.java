package nl.jeugdregie.signin.internal.tokens;

import java.io.IOException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes an RFC 9457 problem document from a servlet filter, where no controller advice applies. Titles and
 * details are fixed Dutch texts of this module, never user input, so no escaping is needed.
 */
final class ProblemResponses {

	private ProblemResponses() {}

	static void write(HttpServletResponse response, int status, String type, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"https://jeugdregie.nl/problemen/" + type + "\",\"title\":\"" + title
				+ "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
	}
}
