package nl.jeugdregie.findability.internal.socialmap;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.findability.AllocationLink;
import org.jspecify.annotations.Nullable;

/** VIND-2: a service's details as saved, after the service rules; saving confirms the entry on that day. */
record ServiceChange(String name, String description, int minAge, int maxAge, @Nullable String phone,
		@Nullable String email, @Nullable AllocationLink link, List<String> themes, LocalDate confirmedOn) {

	ServiceChange {
		if (name.isBlank() || description.isBlank() || minAge < 0 || maxAge > 99 || minAge > maxAge) {
			throw new IllegalArgumentException("A service change passes the service rules first");
		}
		themes = List.copyOf(themes);
	}
}
