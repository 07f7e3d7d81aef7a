package nl.jeugdregie.findability.internal.publishing;

import nl.jeugdregie.findability.internal.information.Audience;
import nl.jeugdregie.findability.internal.information.InformationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** VIND-1, VIND-3: the public CJG site's home and contact pages, without login. */
@Controller
class PublicHomeController {

	private final PublicSites sites;
	private final InformationService information;

	PublicHomeController(PublicSites sites, InformationService information) {
		this.sites = sites;
		this.information = information;
	}

	@GetMapping("/cjg")
	String sites(Model model) {
		model.addAttribute("sites", sites.all());
		return "findability/public/sites";
	}

	@GetMapping("/cjg/{code}")
	String home(@PathVariable String code, Model model) {
		var site = sites.require(code);
		model.addAttribute("site", site);
		model.addAttribute("pages", information.published(site.municipality(), Audience.EVERYONE));
		return "findability/public/home";
	}

	@GetMapping("/cjg/{code}/contact")
	String contact(@PathVariable String code, Model model) {
		model.addAttribute("site", sites.require(code));
		return "findability/public/contact";
	}
}
