package nl.jeugdregie.identity.internal;

import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.Teams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what this user can do, by role. */
@Controller
class HomeController {

	private final CurrentUsers users;
	private final Teams teams;

	HomeController(CurrentUsers users, Teams teams) {
		this.users = users;
		this.teams = teams;
	}

	@GetMapping("/")
	String home(Model model) {
		var user = users.current();
		model.addAttribute("user", user);
		model.addAttribute("municipality", teams.municipality(user.municipality()).orElseThrow());
		model.addAttribute("team", user.team() == null ? null : teams.find(user.team()).orElse(null));
		return "identity/home";
	}
}
