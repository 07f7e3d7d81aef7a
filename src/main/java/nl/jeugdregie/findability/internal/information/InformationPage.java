package nl.jeugdregie.findability.internal.information;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/** VIND-1: one information page of the municipality's CJG site. */
public record InformationPage(UUID id, MunicipalityCode municipality, String slug, Audience audience, String title,
		String summary, String body, @Nullable LocalDate publishFrom, @Nullable LocalDate lastCheckedOn, long version) {

	public PageStatus statusOn(LocalDate today) {
		return PageStatus.of(publishFrom, today);
	}

	public List<PageBody.Block> blocks() {
		return PageBody.blocks(body);
	}

	public Readability.Measure readability() {
		return Readability.of(title + "\n" + summary + "\n" + body);
	}
}
