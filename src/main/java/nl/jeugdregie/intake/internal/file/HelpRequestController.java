package nl.jeugdregie.intake.internal.file;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import nl.jeugdregie.audit.AccessReason;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.ClosureReason;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegistrationResult;
import nl.jeugdregie.intake.RequestType;
import nl.jeugdregie.intake.TriageOutcome;
import nl.jeugdregie.intake.Urgency;
import nl.jeugdregie.intake.internal.consent.ConsentGiver;
import nl.jeugdregie.intake.internal.consent.ConsentService;
import nl.jeugdregie.intake.internal.consent.FeedbackKind;
import nl.jeugdregie.intake.internal.lifecycle.LifecycleService;
import nl.jeugdregie.intake.internal.lifecycle.TermStatus;
import nl.jeugdregie.intake.internal.registration.RegistrationForm;
import nl.jeugdregie.intake.internal.team.TeamService;
import nl.jeugdregie.intake.internal.triage.TriageInventoryService;
import nl.jeugdregie.intake.internal.usefulness.UsefulnessScoreService;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The professional's screens: worklist, registration form and the request's file. */
@Controller
public class HelpRequestController {

	/** The view of an opened file; another view means the file was not opened (a reason is asked first). */
	public static final String FILE_VIEW = "intake/file";

	/** The view of one action of an opened file (issue 13 item 2). */
	public static final String ACTION_VIEW = "intake/action";

	private final HelpRequestService service;
	private final LifecycleService lifecycle;
	private final ConsentService consents;
	private final TeamService team;
	private final CurrentUsers users;
	private final TriageInventoryService inventory;
	private final UsefulnessScoreService usefulness;
	private final nl.jeugdregie.schools.SchoolLocations schoolLocations;
	private final FirstConversationRecording firstConversations;
	private final MessageSource messages;

	HelpRequestController(HelpRequestService service, LifecycleService lifecycle, ConsentService consents,
			TeamService team, CurrentUsers users, TriageInventoryService inventory, UsefulnessScoreService usefulness,
			nl.jeugdregie.schools.SchoolLocations schoolLocations, FirstConversationRecording firstConversations,
			MessageSource messages) {
		this.messages = messages;
		this.firstConversations = firstConversations;
		this.schoolLocations = schoolLocations;
		this.usefulness = usefulness;
		this.inventory = inventory;
		this.team = team;
		this.service = service;
		this.lifecycle = lifecycle;
		this.consents = consents;
		this.users = users;
	}

	@ModelAttribute("channels")
	Channel[] channels() {
		return Channel.values();
	}

	@ModelAttribute("referrers")
	Referrer[] referrers() {
		return Referrer.values();
	}

	@ModelAttribute("requestTypes")
	RequestType[] requestTypes() {
		return RequestType.values();
	}

	@GetMapping("/werklijst/ivh")
	String earlyHelp(Model model) {
		model.addAttribute("rows", service.earlyHelpList(users.current()));
		return "intake/early-help";
	}

	@GetMapping("/hulpvragen/nieuw")
	String newRequest(Model model) {
		model.addAttribute("form", new RegistrationForm());
		return registerPage(model);
	}

	/** The registration page, with the municipality's school locations for a request referred by a school (OND-5). */
	private String registerPage(Model model) {
		model.addAttribute("schoolLocations", schoolLocations.of(users.current().municipality()));
		return "intake/register";
	}

	@PostMapping("/hulpvragen")
	String register(@ModelAttribute("form") RegistrationForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return registerPage(model);
		}
		return switch (service.register(form.toCommand(), users.current(), service.now())) {
			case RegistrationResult.Registered registered when registered.routedToOtherTeam() -> {
				redirect.addFlashAttribute("message", "Hulpvraag " + registered.number() + " is geregistreerd en doorgezet naar "
						+ registered.assignedTo() + ", die de eerdere hulpvraag van deze jeugdige behandelde.");
				yield "redirect:/werklijst";
			}
			case RegistrationResult.Registered registered -> {
				redirect.addFlashAttribute("message", "Hulpvraag " + registered.number() + " is geregistreerd.");
				yield "redirect:/hulpvragen/" + registered.id();
			}
			case RegistrationResult.Refused refused -> {
				refused.refusals().forEach(v -> reject(binding, v));
				yield registerPage(model);
			}
		};
	}

	/** Issue 13 item 2: the file as a summary, with "Wijzigen" links and the task list leading to the action pages. */
	@GetMapping("/hulpvragen/{id}")
	public String file(@PathVariable UUID id, Model model) {
		var opening = service.open(new HelpRequestId(id), users.current(), null);
		return show(opening, model);
	}

	/**
	 * Issue 13 item 2: one action of the file on its own page. An action that cannot be taken in the request's
	 * present state leads back to the file. The assignment page shows the team lead's suggestions for the
	 * expertise asked ({@code ?expertise=}).
	 */
	@GetMapping("/hulpvragen/{id}/{slug:" + FileAction.SLUGS + "}")
	String actionPage(@PathVariable UUID id, @PathVariable String slug,
			@RequestParam(name = "expertise", required = false) @Nullable Expertise needed, Model model) {
		var action = FileAction.ofSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var opening = service.open(new HelpRequestId(id), users.current(), null);
		if (opening instanceof FileOpening.Opened opened
				&& !action.availableOn(opened.request(), users.current().role() == Role.TEAM_LEAD)) {
			if (action == FileAction.ASSIGNMENT && users.current().role() != Role.TEAM_LEAD) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			}
			return "redirect:/hulpvragen/" + id;
		}
		return actionView(opening, action, needed, model);
	}

	/**
	 * The action page shown again after a refused post: the controller of the action has put its errors in the
	 * model ({@code lifecycleErrors} by field, or the first conversation's own attributes).
	 */
	public String action(UUID id, FileAction action, Model model) {
		return actionView(service.open(new HelpRequestId(id), users.current(), null), action, null, model);
	}

	private String actionView(FileOpening opening, FileAction action, @Nullable Expertise needed, Model model) {
		var view = show(opening, model);
		if (!(opening instanceof FileOpening.Opened opened)) {
			return view;
		}
		if (action == FileAction.ASSIGNMENT && users.current().role() == Role.TEAM_LEAD) {
			model.addAttribute("needed", needed);
			model.addAttribute("expertises", Expertise.values());
			model.addAttribute("suggestions", team.suggestions(opened.request().id(), users.current(), needed));
		}
		model.addAttribute("fileAction", action);
		model.addAttribute("answers", answers());
		var errors = errorLinks(action, model);
		model.addAttribute("errorLinks", errors);
		return ACTION_VIEW;
	}

	/** The answers sent with this request (a refused form, or "Wijzigen" from a check page), to fill the form again. */
	private static java.util.Map<String, String> answers() {
		var answers = new java.util.HashMap<String, String>();
		if (org.springframework.web.context.request.RequestContextHolder
				.getRequestAttributes() instanceof org.springframework.web.context.request.ServletRequestAttributes attributes) {
			attributes.getRequest().getParameterMap().forEach((name, values) -> {
				if (values.length > 0) {
					answers.put(name, values[0]);
				}
			});
		}
		return answers;
	}

	/** The error summary's links: each message with the form element it belongs to. */
	@SuppressWarnings("unchecked")
	private java.util.List<ErrorLink> errorLinks(FileAction action, Model model) {
		var links = new java.util.ArrayList<ErrorLink>();
		if (action == FileAction.FIRST_CONVERSATION) {
			if (model.getAttribute("conversationErrorCode") instanceof String code) {
				links.add(new ErrorLink("conversationDate", text(code, null)));
			}
			if (model.getAttribute("conversationNotesError") instanceof String code) {
				links.add(new ErrorLink("conversationNotes",
						text(code, (Object[]) model.getAttribute("conversationNotesErrorArgs"))));
			}
			return links;
		}
		if (!action.form().equals(model.getAttribute("lifecycleForm"))
				|| !(model.getAttribute("lifecycleErrors") instanceof java.util.Map<?, ?> errors)) {
			return links;
		}
		var domains = (java.util.List<String>) model.getAttribute("lifeDomains");
		((java.util.Map<String, String>) errors).forEach((field, message) -> {
			if (action == FileAction.LIFE_DOMAINS) {
				var index = domains == null ? -1 : domains.indexOf(field);
				links.add(new ErrorLink("concern-" + Math.max(index, 0) + "-ja", message));
			} else {
				links.add(new ErrorLink(action.elementId(field), message));
			}
		});
		return links;
	}

	private String text(String code, Object @Nullable [] arguments) {
		return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}

	/** One error in the summary at the top of an action page, linking to its field. */
	public record ErrorLink(String target, String message) {}

	/** TOE-15: the route explained to the young person and parents, printable, without internal notes. */
	@GetMapping("/hulpvragen/{id}/uitleg")
	String route(@PathVariable UUID id, Model model) {
		var opening = service.open(new HelpRequestId(id), users.current(), null);
		if (opening instanceof FileOpening.Opened opened) {
			model.addAttribute("request", opened.request());
			model.addAttribute("route", RouteExplanation.of(opened.request(), lifecycle.terms(opened.request())));
			return "intake/route";
		}
		return show(opening, model);
	}

	/** Opening a file outside one's caseload: the reason comes in a POST so it stays out of URLs and logs. */
	@PostMapping("/hulpvragen/{id}/inzage")
	String fileWithReason(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, Model model) {
		var opening = service.open(new HelpRequestId(id), users.current(), reason);
		if (opening instanceof FileOpening.ReasonRequired && reason != null) {
			model.addAttribute("reasonError", "Geef een reden van minimaal " + AccessReason.MIN_LENGTH
					+ " en maximaal " + AccessReason.MAX_LENGTH + " tekens.");
		}
		return show(opening, model);
	}

	@PostMapping("/hulpvragen/{id}/eerste-gesprek")
	String firstConversation(@PathVariable UUID id,
			@RequestParam(required = false) @Nullable String conversationDate,
			@RequestParam(required = false) @Nullable String conversationNotes, Model model,
			RedirectAttributes redirect) {
		var helpRequest = new HelpRequestId(id);
		return switch (firstConversations.record(helpRequest, parse(conversationDate), conversationNotes,
				users.current())) {
			case Outcome.Done<HelpRequestId> _ -> {
				redirect.addFlashAttribute("message", conversationNotes == null || conversationNotes.isBlank()
						? "Het eerste gesprek is vastgelegd. De hulpvraag is in behandeling."
						: "Het eerste gesprek en de aantekeningen zijn vastgelegd. De hulpvraag is in behandeling.");
				yield "redirect:/hulpvragen/" + id;
			}
			case Outcome.Refused<HelpRequestId> refused -> {
				// The notes' own refusal (too long) sits next to the notes; the date's next to the date.
				model.addAttribute(refused.refusals().getFirst().field().equals("note") ? "conversationNotesError"
						: "conversationErrorCode", refused.refusals().getFirst().code());
				model.addAttribute("conversationNotesErrorArgs", refused.refusals().getFirst().arguments().toArray());
				yield action(id, FileAction.FIRST_CONVERSATION, model);
			}
			case Outcome.NotFound<HelpRequestId> _, Outcome.Forbidden<HelpRequestId> _ -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<HelpRequestId> _ -> throw new IllegalStateException("Not versioned");
		};
	}

	private String show(FileOpening opening, Model model) {
		return switch (opening) {
			case FileOpening.Opened opened -> {
				model.addAttribute("request", opened.request());
				model.addAttribute("teamLead", users.current().role() == Role.TEAM_LEAD);
				model.addAttribute("clock", opened.clock());
				model.addAttribute("today", service.today());
				model.addAttribute("terms", lifecycle.terms(opened.request()));
				model.addAttribute("term", TermStatus.of(opened.request(), service.today()));
				model.addAttribute("outcomes", TriageOutcome.values());
				model.addAttribute("urgencies", Urgency.values());
				model.addAttribute("closureReasons", Arrays.stream(ClosureReason.values()).filter(ClosureReason::chosenByHand).toList());
				model.addAttribute("consents", consents.consentsOf(opened.request()));
				model.addAttribute("feedback", consents.feedbackOf(opened.request()));
				model.addAttribute("consentGivers", ConsentGiver.values());
				model.addAttribute("feedbackKinds", FeedbackKind.values());
				model.addAttribute("inventory", inventory.of(opened.request()));
				model.addAttribute("lifeDomains", inventory.lifeDomains(opened.request().municipality()));
				model.addAttribute("usefulnessScores", usefulness.of(opened.request().id()));
				yield FILE_VIEW;
			}
			case FileOpening.ReasonRequired required -> {
				model.addAttribute("number", required.number());
				model.addAttribute("requestId", required.id());
				yield "intake/reason";
			}
			case FileOpening.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case FileOpening.Forbidden forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	private static void reject(BindingResult binding, Refusal refusal) {
		binding.rejectValue(refusal.field(), refusal.code(), refusal.arguments().toArray(), null);
	}

	private static @Nullable LocalDate parse(@Nullable String date) {
		try {
			return date == null || date.isBlank() ? null : LocalDate.parse(date);
		} catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}
}
