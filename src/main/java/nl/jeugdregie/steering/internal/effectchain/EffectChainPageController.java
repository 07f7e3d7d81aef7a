package nl.jeugdregie.steering.internal.effectchain;

import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
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
 * The pages where the policy officer changes the effect chain (STU-2): one link per page, an indicator per page, and
 * a check step before an indicator is removed. The chain itself is shown on the type-of-work page. Plain forms, no
 * JavaScript needed; others get 403, another municipality's type of work 404.
 */
@Controller
@RequestMapping("/sturing")
class EffectChainPageController {

	static final String LINK = "linkForm";
	static final String INDICATOR = "indicatorForm";

	private final EffectChains chains;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	EffectChainPageController(EffectChains chains, CurrentUsers users,
			OutcomeResponses responses) {
		this.chains = chains;
		this.responses = responses;
		this.users = users;
	}

	@GetMapping("/werksoorten/{id}/effectketen/{link}")
	String link(@PathVariable long id, @PathVariable String link, Model model) {
		var chain = editableChain(id);
		var step = chain.chain().step(chainLink(link));
		var form = new LinkForm();
		form.setText(step.text());
		form.setVersion(step.version());
		model.addAttribute(LINK, form);
		return linkPage(chain, step.link(), model, false);
	}

	@PostMapping("/werksoorten/{id}/effectketen/{link}")
	String describe(@PathVariable long id, @PathVariable String link, @ModelAttribute(LINK) LinkForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		var chainLink = chainLink(link);
		var result = chains.describe(users.current(), id, chainLink, form.getText(), form.getVersion());
		if (result instanceof Outcome.Done<EffectChains.Changed>) {
			redirect.addFlashAttribute("chainConfirmation", responses.text("steering.effectChain.linkSaved",
					chainLink.label()));
			return "redirect:/sturing/werksoorten/" + id + "#effectketen";
		}
		reject(result, errors);
		return linkPage(editableChain(id), chainLink, model, true);
	}

	@GetMapping("/werksoorten/{id}/doelen/{goalId}/indicatoren/nieuw")
	String newIndicator(@PathVariable long id, @PathVariable long goalId, Model model) {
		model.addAttribute(INDICATOR, new IndicatorForm());
		return newIndicatorPage(editableChain(id), goalId, model, false);
	}

	@PostMapping("/werksoorten/{id}/doelen/{goalId}/indicatoren")
	String addIndicator(@PathVariable long id, @PathVariable long goalId,
			@ModelAttribute(INDICATOR) IndicatorForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var result = chains.addIndicator(users.current(), id, goalId, form.input());
		if (result instanceof Outcome.Done<EffectChains.Changed>) {
			return backToGoal(id, goalId, "steering.effectChain.indicatorAdded", redirect);
		}
		reject(result, errors);
		return newIndicatorPage(editableChain(id), goalId, model, true);
	}

	@GetMapping("/indicatoren/{id}")
	String indicator(@PathVariable long id, Model model) {
		var page = editableIndicator(id);
		model.addAttribute(INDICATOR, IndicatorForm.of(page.indicator().indicator()));
		return indicatorPage(page, model, false);
	}

	@PostMapping("/indicatoren/{id}")
	String changeIndicator(@PathVariable long id, @ModelAttribute(INDICATOR) IndicatorForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		var result = chains.changeIndicator(users.current(), id, form.input(), form.getVersion());
		if (result instanceof Outcome.Done<EffectChains.Changed>(var done)) {
			var goal = page(id).goal().goalId();
			return backToGoal(done.typeOfWorkId(), goal, "steering.effectChain.indicatorChanged", redirect);
		}
		reject(result, errors);
		return indicatorPage(editableIndicator(id), model, true);
	}

	@GetMapping("/indicatoren/{id}/verwijderen")
	String confirmRemoval(@PathVariable long id, Model model) {
		return removalPage(editableIndicator(id), model);
	}

	@PostMapping("/indicatoren/{id}/verwijderen")
	String remove(@PathVariable long id, @ModelAttribute(INDICATOR) IndicatorForm form, Model model,
			RedirectAttributes redirect) {
		var page = editableIndicator(id);
		var result = chains.removeIndicator(users.current(), id, form.getVersion());
		return switch (result) {
			case Outcome.Done<EffectChains.Changed> done -> backToGoal(done.value().typeOfWorkId(),
					page.goal().goalId(), "steering.effectChain.indicatorRemoved", redirect);
			case Outcome.Refused<EffectChains.Changed> refused -> {
				model.addAttribute("removalError", responses.message(refused.refusals().getFirst()));
				yield removalPage(editableIndicator(id), model);
			}
			case Outcome.NotFound<EffectChains.Changed> _ -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<EffectChains.Changed> _ -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Stale<EffectChains.Changed> _ -> throw new IllegalStateException("Refused, not stale");
		};
	}

	private String backToGoal(long typeOfWorkId, long goalId, String confirmation, RedirectAttributes redirect) {
		redirect.addFlashAttribute("goalConfirmation", responses.text(confirmation));
		redirect.addFlashAttribute("confirmedGoal", goalId);
		return "redirect:/sturing/werksoorten/" + typeOfWorkId + "#doel-" + goalId;
	}

	private void reject(Outcome<EffectChains.Changed> result, BindingResult errors) {
		switch (result) {
			case Outcome.Done<EffectChains.Changed> _ -> throw new IllegalStateException("A saved change has no errors");
			case Outcome.NotFound<EffectChains.Changed> _ -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<EffectChains.Changed> _ -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Refused<EffectChains.Changed> refused -> responses.rejectInto(refused, errors);
			case Outcome.Stale<EffectChains.Changed> _ -> throw new IllegalStateException("Refused, not stale");
		}
	}

	private String linkPage(EffectChainView chain, ChainLink link, Model model, boolean failed) {
		model.addAttribute("chain", chain);
		model.addAttribute("link", link);
		model.addAttribute("failed", failed);
		model.addAttribute("maxLength", EffectChainInputPolicy.MAX_LINK_TEXT);
		return "steering/effect-chain-link";
	}

	private String newIndicatorPage(EffectChainView chain, long goalId, Model model, boolean failed) {
		var goal = chain.chain().goal(goalId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("chain", chain);
		model.addAttribute("goal", goal);
		model.addAttribute("indicator", null);
		model.addAttribute("norms", chains.normChoices(chain.type().assignmentId()));
		model.addAttribute("failed", failed);
		return "steering/indicator";
	}

	private String indicatorPage(EffectChains.IndicatorPage page, Model model, boolean failed) {
		model.addAttribute("chain", page.chain());
		model.addAttribute("goal", page.goal());
		model.addAttribute("indicator", page.indicator());
		model.addAttribute("norms", chains.normChoices(page.chain().type().assignmentId()));
		model.addAttribute("failed", failed);
		return "steering/indicator";
	}

	private String removalPage(EffectChains.IndicatorPage page, Model model) {
		model.addAttribute("chain", page.chain());
		model.addAttribute("goal", page.goal());
		model.addAttribute("indicator", page.indicator());
		return "steering/indicator-remove";
	}

	private EffectChainView editableChain(long typeOfWorkId) {
		var user = editor();
		return chains.view(user, typeOfWorkId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private EffectChains.IndicatorPage editableIndicator(long indicatorId) {
		editor();
		return page(indicatorId);
	}

	private EffectChains.IndicatorPage page(long indicatorId) {
		return chains.indicator(users.current(), indicatorId)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private CurrentUser editor() {
		var user = users.current();
		if (!EffectChains.mayEdit(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return user;
	}

	private static ChainLink chainLink(String slug) {
		return ChainLink.ofSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
