package nl.jeugdregie.findability.internal.information;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VIND-1: the rules of a page and of publishing it")
class PageRulesUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	@Test
	void refusesAnEmptyPageFieldByField() {
		assertThat(PageTextsComplete.all(new PageForm())).extracting(Refusal::field)
				.containsExactly("slug", "audience", "title", "summary", "body");
	}

	@Test
	void refusesAWebAddressWithCapitalsOrSpaces() {
		var form = valid();
		form.setSlug("Slapen en huilen");
		assertThat(new PageTextsComplete().check(form)).get().extracting(Refusal::code)
				.isEqualTo("findability.page.slug.invalid");
	}

	@Test
	void acceptsACompletePage() {
		assertThat(new PageTextsComplete().check(valid())).isEmpty();
	}

	@Test
	void refusesATitleOverItsLength() {
		var form = valid();
		form.setTitle("x".repeat(121));
		assertThat(new PageTextsComplete().check(form)).get().extracting(Refusal::code).isEqualTo("findability.text.tooLong");
	}

	@Test
	void publishesFromTodayOrLaterOnly() {
		var rule = new PublishDateNotInPast();
		assertThat(rule.check(new PublishDateNotInPast.Publication(TODAY, TODAY))).isEmpty();
		assertThat(rule.check(new PublishDateNotInPast.Publication(TODAY.plusDays(3), TODAY))).isEmpty();
		assertThat(rule.check(new PublishDateNotInPast.Publication(TODAY.minusDays(1), TODAY))).get()
				.extracting(Refusal::code).isEqualTo("findability.page.publishFrom.past");
		assertThat(rule.check(new PublishDateNotInPast.Publication(null, TODAY))).get()
				.extracting(Refusal::code).isEqualTo("findability.page.publishFrom.required");
	}

	@Test
	void aPageIsPublicOnlyFromItsPublishDate() {
		assertThat(PageStatus.of(null, TODAY)).isInstanceOf(PageStatus.Draft.class);
		assertThat(PageStatus.of(TODAY.plusDays(1), TODAY).isPublic()).isFalse();
		assertThat(PageStatus.of(TODAY, TODAY).isPublic()).isTrue();
	}

	private static PageForm valid() {
		var form = new PageForm();
		form.setSlug("slapen-en-huilen");
		form.setAudience(Audience.EVERYONE);
		form.setTitle("Slapen en huilen");
		form.setSummary("Uw baby huilt veel.");
		form.setBody("Alle baby's huilen.");
		return form;
	}
}
