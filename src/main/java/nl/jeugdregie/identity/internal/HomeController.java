package nl.jeugdregie.identity.internal;

import java.util.Comparator;
import java.util.List;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.TodayItem;
import nl.jeugdregie.identity.WorkForToday;
import nl.jeugdregie.identity.Teams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what needs this user today (issue 13) and what they can do, by role. */
@Controller
class HomeController {

	private final CurrentUsers users;
	private final Teams teams;
	private final List<WorkForToday> work;

	HomeController(CurrentUsers users, Teams teams, List<WorkForToday> work) {
		this.users = users;
		this.teams = teams;
		this.work = work;
	}

	@GetMapping("/")
	String home(Model model) {
		var user = users.current();
		model.addAttribute("user", user);
		model.addAttribute("municipality", teams.municipality(user.municipality()).orElseThrow());
		model.addAttribute("team", user.team() == null ? null : teams.find(user.team()).orElse(null));
		// Issue 13, item 3: what needs this user today, from every module that holds work.
		model.addAttribute("today", work.stream().flatMap(w -> w.itemsFor(user).stream())
				.sorted(Comparator.comparingInt(TodayItem::order)).toList());
		return "identity/home";
	}
}
