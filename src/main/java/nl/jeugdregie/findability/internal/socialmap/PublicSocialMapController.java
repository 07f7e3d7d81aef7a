package nl.jeugdregie.findability.internal.socialmap;

import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.findability.internal.publishing.PublicSites;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * VIND-2: the public social map without login: search by words, district, theme and age (a GET form, so it works
 * without JavaScript and can be bookmarked), a page per service, and the open-data exports (HSDS JSON and CSV).
 */
@Controller
class PublicSocialMapController {

	private final PublicSites sites;
	private final SocialMapService map;

	PublicSocialMapController(PublicSites sites, SocialMapService map) {
		this.sites = sites;
		this.map = map;
	}

	@GetMapping("/cjg/{code}/sociale-kaart")
	String search(@PathVariable String code, @RequestParam(required = false) @Nullable String zoek,
			@RequestParam(required = false) @Nullable String wijk, @RequestParam(required = false) @Nullable String thema,
			@RequestParam(required = false) @Nullable String leeftijd, Model model) {
		var site = sites.require(code);
		var query = SocialMapQuery.of(zoek, wijk, thema, leeftijd);
		model.addAttribute("site", site);
		model.addAttribute("query", query);
		model.addAttribute("ageText", leeftijd == null ? "" : leeftijd.strip());
		model.addAttribute("ageIgnored", leeftijd != null && !leeftijd.isBlank() && query.age() == null);
		model.addAttribute("results", map.search(site.municipality(), query));
		model.addAttribute("themes", map.themes());
		model.addAttribute("districts", map.districts(site.municipality()));
		model.addAttribute("maxResults", SocialMapService.MAX_RESULTS);
		return "findability/public/social-map";
	}

	@GetMapping("/cjg/{code}/sociale-kaart/{id}")
	String service(@PathVariable String code, @PathVariable String id, Model model) {
		var site = sites.require(code);
		var entry = parse(id).flatMap(uuid -> map.find(site.municipality(), uuid))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("site", site);
		model.addAttribute("entry", entry);
		return "findability/public/service";
	}

	@GetMapping(value = "/cjg/{code}/sociale-kaart.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> json(@PathVariable String code) {
		var site = sites.require(code);
		return HsdsExport.json(map.all(site.municipality()), map.themes());
	}

	@GetMapping("/cjg/{code}/sociale-kaart.csv")
	ResponseEntity<byte[]> csv(@PathVariable String code) {
		var site = sites.require(code);
		return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sociale-kaart-" + code + ".csv\"")
				.body(HsdsExport.csv(map.all(site.municipality())));
	}

	private static java.util.Optional<UUID> parse(String id) {
		try {
			return java.util.Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException malformed) {
			return java.util.Optional.empty();
		}
	}
}
