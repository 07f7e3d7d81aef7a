package nl.jeugdregie.signin.internal.sso;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * After logging out here, a person who came through the municipality's provider goes on to the provider to end
 * that session too. The address was put in the (new, empty) session by the logout, never taken from the request,
 * so this page cannot be abused to send someone elsewhere.
 */
@Controller
class ProviderLogoutController {

	static final String PATH = "/uitloggen/inlogdienst";
	static final String END_SESSION = ProviderLogoutController.class.getName() + ".endSession";

	@GetMapping(PATH)
	String endAtProvider(HttpSession session, Model model) {
		var endSession = session.getAttribute(END_SESSION);
		if (!(endSession instanceof String uri)) {
			return "redirect:/inloggen?uitgelogd";
		}
		session.removeAttribute(END_SESSION);
		model.addAttribute("endSession", uri);
		return "signin/provider-logout";
	}
}
