package nl.jeugdregie.allocation.internal.cjgtransfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.allocation.internal.AllocationRoles;
import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * TOEW-8: the CJG's scope on screen: the categories within it from their date, the notices to providers (a
 * provider's account sees its own), the out-of-scope situations; marking a category goes through a check step that
 * names the providers who will be told.
 */
@Controller
@RequestMapping("/toewijzing/overdracht-cjg")
class CjgTransferPageController {

	private final CjgScopes scopes;
	private final Norms norms;
	private final CurrentUsers users;
	private final OutcomeResponses responses;
	private final Clock clock;

	CjgTransferPageController(CjgScopes scopes, Norms norms, CurrentUsers users, OutcomeResponses responses, Clock clock) {
		this.scopes = scopes;
		this.norms = norms;
		this.users = users;
		this.responses = responses;
		this.clock = clock;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("form", new ScopeForm());
		return overviewPage(model);
	}

	@GetMapping("/nieuw")
	String newScope(Model model) {
		model.addAttribute("form", new ScopeForm());
		return form(model);
	}

	@PostMapping("/nieuw")
	String check(@ModelAttribute("form") ScopeForm form, BindingResult errors, Model model) {
		var user = users.current();
		var outcome = Outcomes.then(input(form), scope -> scopes.preview(user, scope));
		switch (outcome) {
			case Outcome.Done<CjgScopes.Preview>(var preview) -> {
				model.addAttribute("preview", preview);
				model.addAttribute("effectiveFrom", DutchFormat.date(preview.scope().effectiveFrom()));
				return "allocation/cjg-scope-check";
			}
			case Outcome.Refused<CjgScopes.Preview> refused -> responses.rejectInto(refused, errors);
			case Outcome.Forbidden<CjgScopes.Preview> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<CjgScopes.Preview> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<CjgScopes.Preview> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return form(model);
	}

	@PostMapping("/nieuw/bevestigen")
	String mark(@ModelAttribute("form") ScopeForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		var user = users.current();
		var outcome = Outcomes.then(input(form), scope -> scopes.mark(user, scope));
		switch (outcome) {
			case Outcome.Done<CjgScopes.Marked>(var marked) -> {
				redirect.addFlashAttribute("message", "Categorie " + marked.scope().category().code() + " valt vanaf "
						+ DutchFormat.date(marked.scope().effectiveFrom()) + " binnen de taken van het CJG. "
						+ (marked.notices() == 1 ? "1 aanbieder heeft een aankondiging gekregen."
								: marked.notices() + " aanbieders hebben een aankondiging gekregen."));
				return "redirect:/toewijzing/overdracht-cjg";
			}
			case Outcome.Refused<CjgScopes.Marked> refused -> responses.rejectInto(refused, errors);
			case Outcome.Forbidden<CjgScopes.Marked> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<CjgScopes.Marked> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<CjgScopes.Marked> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return form(model);
	}

	/** TOEW-8: the form to move a scope's date. */
	@GetMapping("/{id}/datum")
	String moveForm(@PathVariable UUID id, Model model) {
		var scope = scopes.scope(users.current().municipality(), id)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var form = new ScopeForm();
		form.setEffectiveFrom(DutchFormat.date(scope.effectiveFrom()));
		form.setVersion(scope.version());
		model.addAttribute("form", form);
		return moveFormPage(model, scope);
	}

	/** TOEW-8: the check step of a move: the new date and the providers who get a new notice. */
	@PostMapping("/{id}/datum")
	String checkMove(@PathVariable UUID id, @ModelAttribute("form") ScopeForm form, BindingResult errors, Model model) {
		var user = users.current();
		var outcome = Outcomes.then(ScopeInput.move(id, form.getVersion(), form.getEffectiveFrom(), LocalDate.now(clock)),
				move -> scopes.previewMove(user, move));
		switch (outcome) {
			case Outcome.Done<CjgScopes.MovePreview>(var preview) -> {
				model.addAttribute("preview", preview);
				model.addAttribute("effectiveFrom", DutchFormat.date(preview.effectiveFrom()));
				model.addAttribute("current", DutchFormat.date(preview.scope().effectiveFrom()));
				return "allocation/cjg-scope-move-check";
			}
			case Outcome.Refused<CjgScopes.MovePreview> refused -> responses.rejectInto(refused, errors);
			case Outcome.Stale<CjgScopes.MovePreview> stale -> errors.reject("stale",
					"Iemand anders heeft de datum net gewijzigd. Bekijk de datum opnieuw.");
			case Outcome.Forbidden<CjgScopes.MovePreview> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<CjgScopes.MovePreview> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return moveFormPage(model, scopes.scope(user.municipality(), id)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	@PostMapping("/{id}/datum/bevestigen")
	String move(@PathVariable UUID id, @ModelAttribute("form") ScopeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var user = users.current();
		var outcome = Outcomes.then(ScopeInput.move(id, form.getVersion(), form.getEffectiveFrom(), LocalDate.now(clock)),
				move -> scopes.move(user, move));
		switch (outcome) {
			case Outcome.Done<CjgScopes.Moved>(var moved) -> {
				redirect.addFlashAttribute("message", "Categorie " + moved.scope().category().code() + " valt nu vanaf "
						+ DutchFormat.date(moved.scope().effectiveFrom()) + " binnen de taken van het CJG. "
						+ moved.notices() + " aanbieder(s) hebben een nieuwe aankondiging gekregen.");
				return "redirect:/toewijzing/overdracht-cjg";
			}
			case Outcome.Refused<CjgScopes.Moved> refused -> responses.rejectInto(refused, errors);
			case Outcome.Stale<CjgScopes.Moved> stale -> errors.reject("stale",
					"Iemand anders heeft de datum net gewijzigd. Bekijk de datum opnieuw.");
			case Outcome.Forbidden<CjgScopes.Moved> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<CjgScopes.Moved> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return moveFormPage(model, scopes.scope(user.municipality(), id)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	@PostMapping("/uitzonderingen")
	String addSituation(@ModelAttribute("form") ScopeForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		switch (scopes.addSituation(users.current(), form.getLabel() == null ? "" : form.getLabel())) {
			case Outcome.Done<OutOfScopeSituation>(var added) -> {
				redirect.addFlashAttribute("message", "De uitzondering is toegevoegd.");
				return "redirect:/toewijzing/overdracht-cjg";
			}
			case Outcome.Refused<OutOfScopeSituation> refused -> responses.rejectInto(refused, errors);
			case Outcome.Forbidden<OutOfScopeSituation> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<OutOfScopeSituation> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<OutOfScopeSituation> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return overviewPage(model);
	}

	@PostMapping("/uitzonderingen/{id}/intrekken")
	String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
		switch (scopes.withdrawSituation(users.current(), id)) {
			case Outcome.Done<UUID> done -> redirect.addFlashAttribute("message", "De uitzondering is ingetrokken.");
			case Outcome.Refused<UUID> refused -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			case Outcome.Forbidden<UUID> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<UUID> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<UUID> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return "redirect:/toewijzing/overdracht-cjg";
	}

	private String overviewPage(Model model) {
		var user = users.current();
		model.addAttribute("scopes", scopes.scopes(user.municipality()));
		model.addAttribute("notices", scopes.notices(user));
		model.addAttribute("situations", scopes.situations(user.municipality()));
		model.addAttribute("keeps", AllocationRoles.keeps(user));
		return "allocation/cjg-transfer";
	}

	private String moveFormPage(Model model, CjgScope scope) {
		var months = norms.inEffect(users.current().municipality(), NormKey.CJG_TRANSFER_NOTICE, scope.noticedOn()).amount();
		model.addAttribute("scope", scope);
		model.addAttribute("current", DutchFormat.date(scope.effectiveFrom()));
		model.addAttribute("noticedOn", DutchFormat.date(scope.noticedOn()));
		model.addAttribute("noticeMonths", months);
		model.addAttribute("earliest", DutchFormat.date(scope.noticedOn().plusMonths(months)));
		return "allocation/cjg-scope-move";
	}

	private Outcome<NewScope> input(ScopeForm form) {
		return ScopeInput.of(form.getCategory(), form.getEffectiveFrom(), LocalDate.now(clock));
	}

	private String form(Model model) {
		var user = users.current();
		var today = LocalDate.now(clock);
		var months = norms.inEffect(user.municipality(), NormKey.CJG_TRANSFER_NOTICE, today).amount();
		model.addAttribute("categories", Arrays.asList(ProductCategory.values()));
		model.addAttribute("noticeMonths", months);
		model.addAttribute("earliest", DutchFormat.date(today.plusMonths(months)));
		return "allocation/cjg-scope-form";
	}
}
