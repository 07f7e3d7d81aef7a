package nl.jeugdregie.identity.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/inloggen")
	String login() {
		return "identity/login";
	}
}
