package nl.jeugdregie.intake.internal.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13 item 2: the file's action pages, their URL pattern and where their errors point. */
class FileActionUnitTests {

	@Test
	@DisplayName("Issue 13 item 2: the one GET mapping's pattern lists exactly the actions' slugs")
	void thePatternListsEveryActionOnce() {
		assertThat(FileAction.SLUGS.split("\\|")).containsExactlyInAnyOrder(
				Arrays.stream(FileAction.values()).map(FileAction::slug).toArray(String[]::new));
		for (var action : FileAction.values()) {
			assertThat(FileAction.ofSlug(action.slug())).contains(action);
			assertThat(FileAction.ofForm(action.form())).isEqualTo(action);
		}
		assertThat(FileAction.ofSlug("veiligheid")).isEmpty();
	}

	@Test
	@DisplayName("Issue 13 item 2: an error links to its field, or to the form's first field when it names none")
	void pointsAnErrorAtItsField() {
		assertThat(FileAction.TRIAGE.elementId("reason")).isEqualTo("triage-reason");
		assertThat(FileAction.TRIAGE.elementId("checklist")).isEqualTo("triage-outcome");
		assertThat(FileAction.CLOSURE.elementId("state")).isEqualTo("closure-reason");
		assertThat(FileAction.FIRST_CONVERSATION.elementId("note")).isEqualTo("conversationNotes");
		assertThat(FileAction.FIRST_CONVERSATION.elementId("conversationDate")).isEqualTo("conversationDate");
		assertThat(FileAction.ASSIGNMENT.elementId("professional")).isEqualTo("professional");
		assertThat(FileAction.SPECIALISED_CARE.elementId("state")).isEqualTo("specialisedCare-knop");
	}
}
