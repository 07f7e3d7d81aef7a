package nl.jeugdregie.messaging.internal.outgoing;

import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * TOEW-7: "Uitgaande berichten" ({@code /ijw/uitgaande-berichten}) for the municipality's staff: every JW301 with its
 * status and the provider's retour, filtered by provider, client BSN, allocation number and status, 25 a page; a JW301
 * that waits (BSN missing) or could not be handed over can be tried again. Works without JavaScript.
 */
@Controller
class OutgoingPageController {

	private final OutgoingMessages messages;
	private final Outbox outbox;
	private final nl.jeugdregie.allocation.messaging.AllocationMessages allocationMessages;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	OutgoingPageController(OutgoingMessages messages, Outbox outbox,
			nl.jeugdregie.allocation.messaging.AllocationMessages allocationMessages, CurrentUsers users, OutcomeResponses responses) {
		this.messages = messages;
		this.outbox = outbox;
		this.allocationMessages = allocationMessages;
		this.users = users;
		this.responses = responses;
	}

	@GetMapping("/ijw/uitgaande-berichten")
	String list(@RequestParam(name = "aanbieder", required = false) @Nullable String provider,
			@RequestParam(name = "bsn", required = false) @Nullable String client,
			@RequestParam(name = "toewijzing", required = false) @Nullable String allocation,
			@RequestParam(name = "status", required = false) @Nullable String status,
			@RequestParam(name = "pagina", required = false) @Nullable String page, Model model) {
		var user = users.current();
		model.addAttribute("providers", messages.providerChoices(user.municipality()));
		model.addAttribute("statuses", Outbox.Status.values());
		model.addAttribute("raw", new Raw(provider, client, allocation, status));
		return switch (OutgoingFilter.of(provider, client, allocation, status, page)) {
			case Outcome.Done<OutgoingFilter>(var filter) -> {
				model.addAttribute("list", messages.list(user.municipality(), filter));
				model.addAttribute("query", query(filter));
				yield "messaging/outgoing";
			}
			case Outcome.Refused<OutgoingFilter>(var refusals) -> {
				model.addAttribute("filterErrors", refusals.stream().map(responses::message).toList());
				yield "messaging/outgoing";
			}
			case Outcome.NotFound<OutgoingFilter> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<OutgoingFilter> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Stale<OutgoingFilter> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}

	/**
	 * Issue 16 item 7: the iJw messages of one allocation on their own page, with the same section the allocation's
	 * page shows ({@code allocation/ijw-messages}).
	 */
	@GetMapping("/ijw/toewijzingen/{number}/berichten")
	String ofAllocation(@PathVariable String number, Model model) {
		long allocation;
		try {
			allocation = Long.parseLong(number);
		} catch (NumberFormatException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (allocation < 1 || allocation > 999_999_999) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("number", allocation);
		model.addAttribute("ijwMessages", allocationMessages.of(users.current().municipality(), allocation));
		return "messaging/allocation-messages";
	}

	/** Tries a waiting or refused JW301 again; a double click finds it sent and does nothing. */
	@PostMapping("/ijw/uitgaande-berichten/{id}/opnieuw")
	String retry(@PathVariable UUID id, RedirectAttributes redirect) {
		if (!outbox.retry(users.current().municipality(), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("retried", outbox.status(id).orElse(""));
		return "redirect:/ijw/uitgaande-berichten";
	}

	/** The filter values as typed, to show them again next to an error. */
	record Raw(@Nullable String provider, @Nullable String client, @Nullable String allocation, @Nullable String status) {}

	static String query(OutgoingFilter filter) {
		return UriComponentsBuilder.newInstance()
				.queryParam("aanbieder", filter.provider() == null ? "" : filter.provider().value())
				.queryParam("bsn", filter.client() == null ? "" : filter.client().value())
				.queryParam("toewijzing", filter.allocation() == null ? "" : filter.allocation())
				.queryParam("status", filter.status() == null ? "alle" : filter.status().name().toLowerCase(java.util.Locale.ROOT))
				.build().toUriString();
	}
}
