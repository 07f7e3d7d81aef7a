package nl.jeugdregie.monitoring.internal.schools;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.jeugdregie.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * OND-5, OND-7: the schools report for team leads and policy officers (URL rules of {@code /rapportages/**} and
 * {@code /api/v1/reports/**}), always of the reader's own municipality.
 */
@Controller
@Tag(name = "Rapportages: scholen", description = "Questions from schools and children out of school, aggregate and suppressed")
class SchoolFiguresController {

	private final SchoolFigures figures;
	private final CurrentUsers users;

	SchoolFiguresController(SchoolFigures figures, CurrentUsers users) {
		this.figures = figures;
		this.users = users;
	}

	@GetMapping("/rapportages/scholen")
	String page(Model model) {
		model.addAttribute("report", figures.report(users.current().municipality()));
		return "monitoring/schools";
	}

	@GetMapping("/api/v1/reports/schools")
	@ResponseBody
	@Operation(summary = "Last twelve months: questions from schools per month next to the waiting list, per connection "
			+ "type and location, children out of school per month; every count through the disclosure control")
	SchoolFigures.Report api() {
		return figures.report(users.current().municipality());
	}
}
