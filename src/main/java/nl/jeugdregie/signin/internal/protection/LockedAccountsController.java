package nl.jeugdregie.signin.internal.protection;

import nl.jeugdregie.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of locked accounts (the security rules admit only that role under /beheer). */
@Controller
@RequestMapping("/beheer/vergrendelde-accounts")
class LockedAccountsController {

	private final LockedAccounts locked;
	private final CurrentUsers users;

	LockedAccountsController(LockedAccounts locked, CurrentUsers users) {
		this.locked = locked;
		this.users = users;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", locked.of(users.current()));
		return "signin/locked-accounts";
	}

	@PostMapping("/{username}/ontgrendelen")
	String unlock(@PathVariable String username, RedirectAttributes redirect) {
		redirect.addFlashAttribute(locked.unlock(users.current(), username) ? "unlocked" : "notLocked", username);
		return "redirect:/beheer/vergrendelde-accounts";
	}
}
