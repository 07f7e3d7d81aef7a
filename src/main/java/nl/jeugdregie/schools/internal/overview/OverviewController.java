package nl.jeugdregie.schools.internal.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumMap;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.schools.ConnectionType;
import nl.jeugdregie.schools.SchoolLocationId;
import nl.jeugdregie.schools.SchoolType;
import nl.jeugdregie.schools.internal.SchoolPages;
import nl.jeugdregie.schools.internal.SchoolRoles;
import nl.jeugdregie.schools.internal.contact.ContactService;
import nl.jeugdregie.schools.internal.familycontact.FamilyContactService;
import nl.jeugdregie.schools.internal.location.LocationService;
import nl.jeugdregie.schools.internal.presence.PresenceService;
import nl.jeugdregie.schools.internal.zat.ZatService;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The schools area: the list of locations with their cover, one location with its connection, contact persons,
 * visits and ZAT meetings, and the overview with the letter's figures (OND-1, OND-3, OND-4).
 */
@Controller
@Tag(name = "Scholen: overzicht", description = "The municipality's connection figures (OND-1, OND-3)")
class OverviewController {

	private final LocationService locations;
	private final ContactService contacts;
	private final PresenceService presence;
	private final ZatService zat;
	private final FamilyContactService familyContacts;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	OverviewController(LocationService locations, ContactService contacts, PresenceService presence, ZatService zat,
			FamilyContactService familyContacts, CurrentUsers users, OutcomeResponses responses) {
		this.locations = locations;
		this.contacts = contacts;
		this.presence = presence;
		this.zat = zat;
		this.familyContacts = familyContacts;
		this.users = users;
		this.responses = responses;
	}

	@GetMapping("/scholen")
	String list(Model model) {
		var user = users.current();
		SchoolPages.shown(locations.list(user));
		model.addAttribute("locations", contacts.covered(user.municipality()));
		model.addAttribute("mayKeepLocations", SchoolRoles.KEEP_LOCATIONS.allows(user));
		return "schools/locations";
	}

	@GetMapping("/scholen/{id}")
	String location(@PathVariable UUID id, Model model) {
		var user = users.current();
		var location = SchoolPages.shown(locations.location(user, new SchoolLocationId(id)));
		model.addAttribute("location", location);
		model.addAttribute("cover", contacts.coverOf(location));
		model.addAttribute("visits", SchoolPages.shown(presence.visits(user, location.id())));
		model.addAttribute("meetings", SchoolPages.shown(zat.meetings(user, location.id())));
		model.addAttribute("mayKeepLocations", SchoolRoles.KEEP_LOCATIONS.allows(user));
		model.addAttribute("mayKeepCover", SchoolRoles.KEEP_COVER.allows(user));
		model.addAttribute("mayRecord", SchoolRoles.RECORD_CONTACT.allows(user));
		return "schools/location";
	}

	@GetMapping("/scholen/overzicht")
	String overview(Model model) {
		model.addAttribute("overview", SchoolPages.shown(overviewOf(users.current())));
		return "schools/overview";
	}

	@GetMapping("/api/v1/schools/overview")
	@ResponseBody
	@Operation(summary = "Locations, \"extra\" agreed and realised, \"basis\", per type, without cover (team lead, policy officer)")
	@ApiResponse(responseCode = "200", description = "Het overzicht", content = @Content(schema = @Schema(implementation = SchoolsOverview.class)))
	ResponseEntity<?> overviewApi() {
		return responses.toResponse(overviewOf(users.current()), ResponseEntity::ok);
	}

	private Outcome<SchoolsOverview> overviewOf(CurrentUser user) {
		if (user.role() != Role.POLICY_OFFICER && user.role() != Role.TEAM_LEAD) {
			return Outcome.forbidden(SchoolRoles.FORBIDDEN);
		}
		var all = contacts.covered(user.municipality());
		var perType = new EnumMap<SchoolType, Integer>(SchoolType.class);
		int extra = 0;
		int realised = 0;
		var planned = new java.util.ArrayList<String>();
		for (var covered : all) {
			var location = covered.location();
			perType.merge(location.type(), 1, Integer::sum);
			if (location.connection().type() == ConnectionType.EXTRA) {
				extra++;
				if (location.connection().realised()) {
					realised++;
				}
				else {
					planned.add(location.name());
				}
			}
		}
		var fcps = familyContacts.list(user).doneValue().map(java.util.List::size).orElse(0);
		return Outcome.done(new SchoolsOverview(all.size(), extra, realised, all.size() - extra,
				(int) all.stream().filter(c -> !c.cover().covered()).count(), perType, fcps, planned));
	}
}
