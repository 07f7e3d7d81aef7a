package nl.jeugdregie.findability.internal.information;

import nl.jeugdregie.findability.internal.publishing.PublicSites;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** VIND-1: published information pages and the section for young people, without login. */
@Controller
class PublicInformationController {

	private final PublicSites sites;
	private final InformationService information;

	PublicInformationController(PublicSites sites, InformationService information) {
		this.sites = sites;
		this.information = information;
	}

	@GetMapping("/cjg/{code}/jongeren")
	String youngPeople(@PathVariable String code, Model model) {
		var site = sites.require(code);
		model.addAttribute("site", site);
		model.addAttribute("pages", information.published(site.municipality(), Audience.YOUNG_PEOPLE));
		return "findability/public/young-people";
	}

	@GetMapping("/cjg/{code}/informatie/{slug}")
	String page(@PathVariable String code, @PathVariable String slug, Model model) {
		var site = sites.require(code);
		var page = information.published(site.municipality(), slug)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("site", site);
		model.addAttribute("page", page);
		return "findability/public/page";
	}
}
