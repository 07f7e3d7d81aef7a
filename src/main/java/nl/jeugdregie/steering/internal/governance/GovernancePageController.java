package nl.jeugdregie.steering.internal.governance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.steering.internal.assignment.SteeringService;
import nl.jeugdregie.steering.internal.assignment.TargetGroup;
import nl.jeugdregie.steering.internal.report.ProgressReportPdf;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The governance screens (STU-6) and the assignment's yearly versions (STU-1, STU-2): the meeting calendar and
 * rhythm, a meeting's agenda with minutes and decisions, new assignment requests with their impact analysis and
 * decision, the progress reports as PDF. Policy officers and administrators change; providers read. Plain HTML
 * forms, so they work without JavaScript.
 */
@Controller
@RequestMapping("/sturing")
class GovernancePageController {

	static final String MEETING = "meetingForm";
	static final String REQUEST = "requestForm";
	static final String DECISION = "decisionForm";
	static final String TYPE = "typeOfWorkForm";

	private final GovernanceService governance;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	GovernancePageController(GovernanceService governance, CurrentUsers users,
			OutcomeResponses responses) {
		this.responses = responses;
		this.governance = governance;
		this.users = users;
	}

	@GetMapping("/overleg")
	String meetings(Model model) {
		var form = new MeetingForm();
		form.setType(MeetingType.TRANSFORMATION.name());
		model.addAttribute(MEETING, form);
		return meetingsPage(model, Map.of(), null);
	}

	@PostMapping("/overleg")
	String plan(@ModelAttribute(MEETING) MeetingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return answer(governance.planMeeting(users.current(), form.getType(), form.getDate()),
				redirect, "steering.meetingPlanned",
				made -> "redirect:/sturing/overleg/" + made, refused -> {
					responses.rejectInto(refused, errors);
					return meetingsPage(model, Map.of(), null);
				});
	}

	@PostMapping("/overleg/ritme")
	String changeRhythm(@ModelAttribute("rhythmForm") MeetingRhythmForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		model.addAttribute(MEETING, new MeetingForm());
		if (binding.hasErrors()) {
			return meetingsPage(model, Map.of("frequency", responses.text("typeMismatch.meetingRhythm.frequency")),
					form.getType());
		}
		return answer(governance.changeRhythm(users.current(), form.getType(), form.getFrequency(), form.getAnchorMonth()),
				redirect, "steering.rhythmChanged",
				unused -> "redirect:/sturing/overleg#ritme",
				refused -> meetingsPage(model, fieldMessages(refused), form.getType()));
	}

	@GetMapping("/overleg/{id}")
	String meeting(@PathVariable long id, Model model) {
		return meetingPage(id, model, null, Map.of());
	}

	@PostMapping("/overleg/{id}/agenda")
	String refresh(@PathVariable long id, Model model, RedirectAttributes redirect) {
		return answer(governance.refreshAgenda(users.current(), id), redirect, "steering.agendaRefreshed",
				unused -> "redirect:/sturing/overleg/" + id,
				refused -> meetingPage(id, model, null, fieldMessages(refused)));
	}

	@PostMapping("/overleg/{id}/verslag")
	String record(@PathVariable long id, @ModelAttribute("minutesForm") MinutesForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		var itemId = form.getItemId() == null ? -1 : form.getItemId();
		return answer(governance.record(users.current(), id, itemId, form.getMinutes(), form.getDecision()),
				redirect, "steering.minutesRecorded",
				unused -> "redirect:/sturing/overleg/" + id + "#punt-" + itemId, refused -> {
					model.addAttribute("posted", form);
					return meetingPage(id, model, itemId, fieldMessages(refused));
				});
	}

	@GetMapping("/opdrachtverzoeken")
	String requests(Model model) {
		var form = new AssignmentRequestForm();
		form.setFte("0");
		model.addAttribute(REQUEST, form);
		return requestsPage(model);
	}

	@PostMapping("/opdrachtverzoeken")
	String submit(@ModelAttribute(REQUEST) AssignmentRequestForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var input = new GovernanceService.RequestInput(form.getTitle(), form.getCurrentSituation(),
				form.getDesiredSituation(), form.getFit(), form.getFte(), form.getBudget(), form.getSourceOfFunds(),
				form.getTypeOfWorkId(), form.getTargetGroup());
		return answer(governance.submitRequest(users.current(), input), redirect, "steering.requestSubmitted",
				made -> "redirect:/sturing/opdrachtverzoeken/" + made, refused -> {
					responses.rejectInto(refused, errors);
					return requestsPage(model);
				});
	}

	@GetMapping("/opdrachtverzoeken/{id}")
	String request(@PathVariable long id, Model model) {
		var form = new RequestDecisionForm();
		form.setDate(governance.today().toString());
		model.addAttribute(DECISION, form);
		return requestPage(id, model);
	}

	@PostMapping("/opdrachtverzoeken/{id}/besluit")
	String decide(@PathVariable long id, @ModelAttribute(DECISION) RequestDecisionForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return answer(governance.decide(users.current(), id, form.getDecision(), form.getReason(), form.getDate()),
				redirect, "steering.requestDecided",
				unused -> "redirect:/sturing/opdrachtverzoeken/" + id, refused -> {
					responses.rejectInto(refused, errors);
					return requestPage(id, model);
				});
	}

	@GetMapping("/opdracht/beheer")
	String administration(Model model) {
		model.addAttribute(TYPE, new TypeOfWorkForm());
		return administrationPage(model);
	}

	@PostMapping("/opdracht/nieuw-jaar")
	String startNextYear(RedirectAttributes redirect, Model model) {
		return answer(governance.startNextYear(users.current(), null), redirect, "steering.yearStarted",
				unused -> "redirect:/sturing", refused -> {
					model.addAttribute(TYPE, new TypeOfWorkForm());
					model.addAttribute("yearRefusal", responses.message(refused.refusals().getFirst()));
					return administrationPage(model);
				});
	}

	@PostMapping("/werksoorten")
	String addTypeOfWork(@ModelAttribute(TYPE) TypeOfWorkForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return answer(governance.addTypeOfWork(users.current(), form.getName(), form.getTargetGroup(),
				form.getDesiredSituation()), redirect, "steering.typeOfWorkAdded",
				made -> "redirect:/sturing/werksoorten/" + made, refused -> {
					responses.rejectInto(refused, errors);
					return administrationPage(model);
				});
	}

	@GetMapping("/rapportage/voortgang.pdf")
	ResponseEntity<byte[]> progressReport(@RequestParam("jaar") int year, @RequestParam("halfjaar") int half) {
		if (half < 1 || half > 2) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return pdf(year, half, "voortgangsrapportage-" + year + "-" + half + ".pdf");
	}

	@GetMapping("/rapportage/raad.pdf")
	ResponseEntity<byte[]> councilOverview(@RequestParam("jaar") int year) {
		return pdf(year, null, "raadsinformatie-" + year + ".pdf");
	}

	private ResponseEntity<byte[]> pdf(int year, @Nullable Integer half, String filename) {
		if (year < 2000 || year > 2100) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		var report = governance.report(users.current(), year, half)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
				.body(ProgressReportPdf.of(report));
	}

	private String meetingsPage(Model model, Map<String, String> rhythmErrors, @Nullable String rhythmType) {
		var user = users.current();
		model.addAttribute("governance", governance.overview(user));
		model.addAttribute("types", MeetingType.values());
		model.addAttribute("mayEdit", SteeringService.mayEdit(user));
		model.addAttribute("rhythmErrors", rhythmErrors);
		model.addAttribute("rhythmType", rhythmType);
		return "steering/meetings";
	}

	private String meetingPage(long id, Model model, @Nullable Long itemId, Map<String, String> itemErrors) {
		var user = users.current();
		var detail = governance.meeting(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("detail", detail);
		model.addAttribute("mayEdit", SteeringService.mayEdit(user));
		model.addAttribute("errorItem", itemId);
		model.addAttribute("itemErrors", itemErrors);
		return "steering/meeting";
	}

	private String requestsPage(Model model) {
		var user = users.current();
		model.addAttribute("requests", governance.requests(user));
		model.addAttribute("typesOfWork", governance.typesOfWork(user));
		model.addAttribute("targetGroups", TargetGroup.values());
		model.addAttribute("mayEdit", SteeringService.mayEdit(user));
		return "steering/requests";
	}

	private String requestPage(long id, Model model) {
		var user = users.current();
		var request = governance.request(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("request", request);
		model.addAttribute("mayEdit", SteeringService.mayEdit(user));
		return "steering/request";
	}

	private String administrationPage(Model model) {
		var user = users.current();
		if (!SteeringService.mayEdit(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("overview", governance.overview(user));
		model.addAttribute("targetGroups", TargetGroup.values());
		return "steering/assignment-admin";
	}

	/**
	 * A governance change as a page: when done the confirmation and {@code next} with the id of what was made, when
	 * refused what {@code whenRefused} shows; an unknown part 404, a user who may not 403.
	 */
	private String answer(Outcome<Long> result, RedirectAttributes redirect, String confirmation,
			Function<Long, String> next, Function<Outcome.Refused<Long>, String> whenRefused) {
		return switch (result) {
			case Outcome.Done<Long>(Long made) -> {
				redirect.addFlashAttribute("confirmation", responses.text(confirmation));
				yield next.apply(made);
			}
			case Outcome.Refused<Long> refused -> whenRefused.apply(refused);
			case Outcome.NotFound<Long> _ -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<Long> _ -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Stale<Long> _ -> throw new IllegalStateException("Governance changes are not versioned");
		};
	}

	private Map<String, String> fieldMessages(Outcome.Refused<Long> refused) {
		var messages = new LinkedHashMap<String, String>();
		refused.refusals().forEach(refusal -> messages.merge(refusal.concernsWhole() ? "global" : refusal.field(),
				responses.message(refusal), (a, b) -> a + " " + b));
		return messages;
	}
}
