package nl.jeugdregie.monitoring.internal.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rebuild command for the application administrator: replays the stored events into the dashboard read
 * models (ADR 0012), for example after a change to how a figure is derived.
 */
@RestController
@Tag(name = "Monitoring: leesmodellen", description = "Monitoring's read models, fed by events and rebuilt from them")
class RebuildController {

	private final DashboardReadModels readModels;

	RebuildController(DashboardReadModels readModels) {
		this.readModels = readModels;
	}

	@PostMapping("/api/v1/monitoring/read-models/rebuild")
	@Operation(summary = "Rebuild monitoring's read models from the stored events (administrator); answers what was read and written")
	DashboardReadModels.RebuildResult rebuild() {
		return readModels.rebuild();
	}
}
