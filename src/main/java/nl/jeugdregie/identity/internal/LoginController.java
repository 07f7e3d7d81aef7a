package nl.jeugdregie.identity.internal;

import java.util.ArrayList;
import nl.jeugdregie.identity.signin.SignInMethods;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final ObjectProvider<SignInMethods> methods;

	LoginController(ObjectProvider<SignInMethods> methods) {
		this.methods = methods;
	}

	@GetMapping("/inloggen")
	String login(Model model) {
		var links = new ArrayList<SignInMethods.LoginLink>();
		methods.forEach(method -> links.addAll(method.loginLinks()));
		model.addAttribute("signInLinks", links);
		return "identity/login";
	}
}
