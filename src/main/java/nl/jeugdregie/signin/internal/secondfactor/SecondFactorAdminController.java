package nl.jeugdregie.signin.internal.secondfactor;

import nl.jeugdregie.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of who logs in with a code, and the reset of someone's second step after a lost phone,
 * with a check step first (the security rules admit only the administrator under /beheer).
 */
@Controller
@RequestMapping("/beheer/tweede-stap")
class SecondFactorAdminController {

	private final SecondFactors factors;
	private final CurrentUsers users;

	SecondFactorAdminController(SecondFactors factors, CurrentUsers users) {
		this.factors = factors;
		this.users = users;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", factors.ofMunicipality(users.current()));
		return "signin/second-factors";
	}

	@GetMapping("/{username}/herstellen")
	String check(@PathVariable String username, Model model) {
		var account = factors.ofMunicipality(users.current()).stream()
				.filter(a -> a.username().equals(username) && a.enrolledAt() != null).findFirst();
		if (account.isEmpty()) {
			return "redirect:/beheer/tweede-stap";
		}
		model.addAttribute("account", account.get());
		return "signin/second-factor-reset";
	}

	@PostMapping("/{username}/herstellen")
	String reset(@PathVariable String username, RedirectAttributes redirect) {
		redirect.addFlashAttribute(factors.reset(users.current(), username) ? "reset" : "notReset", username);
		return "redirect:/beheer/tweede-stap";
	}
}
