package nl.jeugdregie.intake.internal.triage;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * TOE-4: the first inventory at triage: the life-domain checklist for the whole household and the question
 * clarification (vraagverheldering) notes.
 */
public record TriageInventory(List<Entry> checklist, @Nullable String checklistBy, @Nullable Instant checklistAt,
		List<Note> notes) {

	public TriageInventory {
		checklist = List.copyOf(checklist);
		notes = List.copyOf(notes);
	}

	/** One life domain as recorded: is there a concern, and a note. */
	@Schema(name = "TriageChecklistEntry")
	public record Entry(String domain, boolean concern, @Nullable String note) {}

	/** A question clarification note with its author and time. */
	public record Note(String note, String writtenBy, Instant writtenAt) {}

	/** An answer as given in a form or the API; validated by {@link TriageInventoryPolicy}. */
	public record Answer(@Nullable String domain, @Nullable Boolean concern, @Nullable String note) {}

	public boolean hasChecklist() {
		return !checklist.isEmpty();
	}

	/** The recorded entry of a domain, to fill in the form again; null when not recorded. */
	public @Nullable Entry entryFor(String domain) {
		return checklist.stream().filter(e -> e.domain().equals(domain)).findFirst().orElse(null);
	}

	public long concerns() {
		return checklist.stream().filter(Entry::concern).count();
	}
}
