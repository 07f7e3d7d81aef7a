package nl.jeugdregie.monitoring.internal.dashboard;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rebuild command for the application administrator: replays the stored events into the dashboard read
 * models (ADR 0012), for example after a change to how a figure is derived.
 */
@RestController
class RebuildController {

	private final DashboardReadModels readModels;

	RebuildController(DashboardReadModels readModels) {
		this.readModels = readModels;
	}

	@PostMapping("/api/v1/monitoring/read-models/rebuild")
	DashboardReadModels.RebuildResult rebuild() {
		return readModels.rebuild();
	}
}
