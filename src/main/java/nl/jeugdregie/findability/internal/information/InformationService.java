package nl.jeugdregie.findability.internal.information;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * VIND-1: the municipality's editor writes pages as drafts, publishes them from a date and records when the content
 * was last checked; the public site shows only published pages. Another municipality's page answers not found.
 */
@Service
public class InformationService {

	private final InformationPages pages;
	private final nl.jeugdregie.findability.internal.publishing.PublicPageCache publicPages;
	private final Clock clock;

	InformationService(InformationPages pages, nl.jeugdregie.findability.internal.publishing.PublicPageCache publicPages,
			Clock clock) {
		this.pages = pages;
		this.publicPages = publicPages;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional(readOnly = true)
	public List<InformationPage> published(MunicipalityCode municipality, Audience audience) {
		return pages.published(municipality, audience, today());
	}

	@Transactional(readOnly = true)
	public Optional<InformationPage> published(MunicipalityCode municipality, String slug) {
		return pages.published(municipality, slug, today());
	}

	@Transactional(readOnly = true)
	List<InformationPage> all(CurrentUser editor) {
		requireEditor(editor);
		return pages.ofMunicipality(editor.municipality());
	}

	@Transactional(readOnly = true)
	Outcome<InformationPage> find(CurrentUser editor, UUID id) {
		requireEditor(editor);
		return pages.find(id).filter(page -> page.municipality().equals(editor.municipality()))
				.<Outcome<InformationPage>>map(Outcome::done).orElseGet(Outcome::notFound);
	}

	@Transactional
	Outcome<UUID> create(CurrentUser editor, PageForm form) {
		requireEditor(editor);
		var refusals = PageTextsComplete.all(form);
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var id = UUID.randomUUID();
		var draft = form.draft();
		if (pages.slugTaken(editor.municipality(), draft.slug(), id)) {
			return Outcome.refused(Refusal.of("slug", "findability.page.slug.taken"));
		}
		pages.insert(id, editor.municipality(), draft, editor.username(), clock.instant());
		publicPages.evict(editor.municipality());
		return Outcome.done(id);
	}

	@Transactional
	Outcome<UUID> update(CurrentUser editor, UUID id, PageForm form) {
		requireEditor(editor);
		var found = lockOwn(editor, id);
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		if (found.get().version() != form.getVersion()) {
			return Outcome.stale(found.get().version());
		}
		var refusals = PageTextsComplete.all(form);
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var draft = form.draft();
		if (pages.slugTaken(editor.municipality(), draft.slug(), id)) {
			return Outcome.refused(Refusal.of("slug", "findability.page.slug.taken"));
		}
		pages.update(id, draft, editor.username(), clock.instant());
		publicPages.evict(editor.municipality());
		return Outcome.done(id);
	}

	@Transactional
	Outcome<UUID> publish(CurrentUser editor, UUID id, @Nullable LocalDate from, long version) {
		requireEditor(editor);
		var found = lockOwn(editor, id);
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		if (found.get().version() != version) {
			return Outcome.stale(found.get().version());
		}
		var refusal = new PublishDateNotInPast().check(new PublishDateNotInPast.Publication(from, today()));
		if (refusal.isPresent()) {
			return Outcome.refused(refusal.get());
		}
		pages.publish(id, from, editor.username(), clock.instant());
		publicPages.evict(editor.municipality());
		return Outcome.done(id);
	}

	@Transactional
	Outcome<UUID> withdraw(CurrentUser editor, UUID id, long version) {
		requireEditor(editor);
		var found = lockOwn(editor, id);
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		if (found.get().version() != version) {
			return Outcome.stale(found.get().version());
		}
		pages.withdraw(id, editor.username(), clock.instant());
		publicPages.evict(editor.municipality());
		return Outcome.done(id);
	}

	@Transactional
	Outcome<UUID> markChecked(CurrentUser editor, UUID id) {
		requireEditor(editor);
		var found = lockOwn(editor, id);
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		pages.checked(id, today(), editor.username(), clock.instant());
		publicPages.evict(editor.municipality());
		return Outcome.done(id);
	}

	/** Demo data and tests: creates and publishes a page at once. */
	@Transactional
	public UUID createPublished(MunicipalityCode municipality, String slug, Audience audience, String title,
			String summary, String body, LocalDate from, String by) {
		var id = UUID.randomUUID();
		pages.insert(id, municipality, new PageDraft(slug, audience, title, summary, body), by, clock.instant());
		pages.publish(id, from, by, clock.instant());
		return id;
	}

	/** Demo data and tests: creates a draft. */
	@Transactional
	public UUID createDraft(MunicipalityCode municipality, String slug, Audience audience, String title,
			String summary, String body, String by) {
		var id = UUID.randomUUID();
		pages.insert(id, municipality, new PageDraft(slug, audience, title, summary, body), by, clock.instant());
		return id;
	}

	private Optional<InformationPage> lockOwn(CurrentUser editor, UUID id) {
		return pages.lock(id).filter(page -> page.municipality().equals(editor.municipality()));
	}

	private static void requireEditor(CurrentUser user) {
		if (user.role() != Role.EDITOR) {
			throw new IllegalArgumentException("Only the municipality's editor keeps the information pages");
		}
	}
}
