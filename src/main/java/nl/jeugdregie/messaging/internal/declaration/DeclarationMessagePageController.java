package nl.jeugdregie.messaging.internal.declaration;

import java.util.UUID;
import nl.jeugdregie.allocation.messaging.AllocationsForMessaging;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * BEY-5 (ADR 0047): the received declarations ({@code /ijw/declaraties}) and one declaration line by line, each
 * approved or rejected and why, in Dutch ({@code /ijw/declaraties/{id}}). The administrator sees all, a provider only
 * its own.
 */
@Controller
class DeclarationMessagePageController {

	private final DeclarationViews views;
	private final AllocationsForMessaging allocations;
	private final CurrentUsers users;

	DeclarationMessagePageController(DeclarationViews views, AllocationsForMessaging allocations, CurrentUsers users) {
		this.views = views;
		this.allocations = allocations;
		this.users = users;
	}

	@GetMapping("/ijw/declaraties")
	String list(Model model) {
		var user = users.current();
		model.addAttribute("declarations", views.list(user.municipality(), provider()));
		return "messaging/declarations";
	}

	@GetMapping("/ijw/declaraties/{id}")
	String one(@PathVariable UUID id, Model model) {
		var user = users.current();
		var declaration = views.one(user.municipality(), id, provider())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var lines = views.lines(id);
		model.addAttribute("declaration", declaration);
		model.addAttribute("lines", lines);
		model.addAttribute("approved", lines.stream().filter(DeclarationViews.Line::approved).count());
		return "messaging/declaration";
	}

	/** The provider's own AGB code for a provider's account (none linked: a code that matches nothing); else null. */
	private @Nullable String provider() {
		var user = users.current();
		if (user.role() != Role.PROVIDER) {
			return null;
		}
		return allocations.providerAgb(user).map(a -> a.value()).orElse("--------");
	}
}
